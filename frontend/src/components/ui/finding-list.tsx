import type { ReactNode } from 'react';
import { isReplacement } from '@/lib/text-edits';
import { PLATFORM_NAMES, type Finding, type Platform } from '@/types/screening';
import { CategoryBadge, SeverityBadge } from './category-badge';

export type ListedFinding = Finding & { platforms?: Platform[] };

type FindingListProps<T extends ListedFinding> = {
  findings: readonly T[];
  /** The text the findings point into, to quote each span. */
  text: string;
  /** Extra controls per finding, e.g. "Apply suggestion". */
  actions?: (finding: T, index: number) => ReactNode;
  /** Platforms the post goes to: a finding on only some of them says which. */
  platforms?: readonly Platform[];
  emptyMessage?: ReactNode;
  label?: string;
};

/** The findings as a numbered list: rule, category, severity, the words concerned, why, and how to fix. */
export function FindingList<T extends ListedFinding>({
  findings,
  text,
  actions,
  platforms,
  emptyMessage,
  label = 'Findings',
}: FindingListProps<T>) {
  if (findings.length === 0) {
    return <p className="finding-list__empty">{emptyMessage ?? 'No findings.'}</p>;
  }
  return (
    <ol className="finding-list" aria-label={label}>
      {findings.map((finding, index) => {
        const quote = finding.end > finding.start ? text.slice(finding.start, finding.end) : '';
        const onSome =
          finding.platforms && platforms && finding.platforms.length < platforms.length ? finding.platforms : undefined;
        return (
          <li key={`${finding.ruleId}@${finding.start}-${finding.end}`} className="finding" aria-label={`Finding ${index + 1}: ${finding.ruleId}`}>
            <div className="finding__head">
              <span className="finding__number" aria-hidden="true">
                {index + 1}
              </span>
              <CategoryBadge category={finding.category} long />
              <SeverityBadge severity={finding.severity} />
              <code className="finding__rule">{finding.ruleId}</code>
            </div>
            {quote ? (
              <p className="finding__quote">
                <span className="visually-hidden">Concerns: </span>“{quote}”
              </p>
            ) : (
              <p className="finding__quote">Concerns the post as a whole.</p>
            )}
            <p className="finding__message">{finding.message}</p>
            {finding.advice && <p className="finding__advice">How to fix: {finding.advice}</p>}
            {finding.suggestion && (
              <p className="finding__suggestion">
                {/* screenings stored before advice existed may still carry advice in the suggestion */}
                {isReplacement(finding.suggestion) ? (
                  <>
                    Suggested rewrite: <q>{finding.suggestion}</q>
                  </>
                ) : (
                  <>How to fix: {finding.suggestion}</>
                )}
              </p>
            )}
            {onSome && <p className="finding__platforms">Only on {onSome.map((p) => PLATFORM_NAMES[p]).join(', ')}</p>}
            {actions && <div className="finding__actions">{actions(finding, index)}</div>}
          </li>
        );
      })}
    </ol>
  );
}
