import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FindingList } from '@/components/ui/finding-list';
import { RouteBadge } from '@/components/ui/status-badge';
import { isReplacement } from '@/lib/text-edits';
import type { Platform, Route } from '@/types/screening';
import type { LiveScreening } from '../hooks/use-live-screening';
import type { PlatformFinding } from '../lib/merge-screenings';

type FindingsPanelProps = {
  text: string;
  findings: readonly PlatformFinding[];
  platforms: readonly Platform[];
  state: LiveScreening;
  pending: boolean;
  route?: Route;
  onApply: (finding: PlatformFinding) => void;
  onShow: (finding: PlatformFinding, index: number) => void;
};

/** The live screening's verdict and findings beside the editor, each with a way to fix it or find it. */
export function FindingsPanel({ text, findings, platforms, state, pending, route, onApply, onShow }: FindingsPanelProps) {
  const summary = (() => {
    if (text.trim() === '') {
      return 'Start writing: the text is screened as you type.';
    }
    if (pending) {
      return 'Screening…';
    }
    if (state.status === 'error') {
      return 'Screening failed; the findings shown may be out of date.';
    }
    return findings.length === 0
      ? 'No findings. A reviewer still reads every post.'
      : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}.`;
  })();
  return (
    <section className="findings-panel" aria-labelledby="findings-title">
      <div className="findings-panel__head">
        <h2 id="findings-title">Screening</h2>
        {route && text.trim() !== '' && <RouteBadge route={route} />}
      </div>
      <p role="status" className="findings-panel__summary" id="screening-summary">
        {summary}
      </p>
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {text.trim() !== '' && (
        <FindingList
          findings={findings}
          text={text}
          platforms={platforms}
          emptyMessage=""
          actions={(finding, index) => (
            <>
              {isReplacement(finding.suggestion) && (
                <Button
                  variant="primary"
                  className="button--small"
                  onClick={() => onApply(finding)}
                  aria-label={`Apply suggestion ${index + 1}: replace “${text.slice(finding.start, finding.end)}” with “${finding.suggestion}”`}
                >
                  Apply suggestion
                </Button>
              )}
              {finding.end > finding.start && (
                <Button variant="secondary" className="button--small" onClick={() => onShow(finding, index)}>
                  Show in text
                </Button>
              )}
            </>
          )}
        />
      )}
    </section>
  );
}
