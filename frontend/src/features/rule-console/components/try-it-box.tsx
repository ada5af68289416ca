import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FindingList } from '@/components/ui/finding-list';
import { HighlightedText } from '@/components/ui/highlighted-text';
import { SelectField } from '@/components/ui/select-field';
import { RouteBadge } from '@/components/ui/status-badge';
import { TextareaField } from '@/components/ui/textarea-field';
import { KIND_LABELS, PLATFORM_NAMES, PLATFORMS, POST_KINDS, type Platform, type PostKind, type ScreeningResult } from '@/types/screening';
import { tryRules } from '../api/try-rules';

/** Text in, findings out: screens a sample with the packs that screen now, highlighted at their exact spans. */
export function TryItBox() {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('FACEBOOK');
  const [kind, setKind] = useState<PostKind>('POST');
  const [sponsored, setSponsored] = useState(false);
  const [result, setResult] = useState<{ text: string; screening: ScreeningResult }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function screen() {
    setBusy(true);
    setError(undefined);
    try {
      setResult({ text, screening: await tryRules({ text, platform, kind, sponsored }) });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="try-title" className="try-it">
      <h2 id="try-title">Try it</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void screen();
        }}
      >
        <TextareaField label="Sample text" value={text} rows={4} onChange={(event) => setText(event.target.value)} />
        <div className="try-it__options">
          <SelectField
            label="Platform"
            value={platform}
            onChange={(event) => setPlatform(event.target.value as Platform)}
            options={PLATFORMS.map((value) => ({ value, label: PLATFORM_NAMES[value] }))}
          />
          <SelectField
            label="Kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as PostKind)}
            options={POST_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
          />
          <Checkbox label="Sponsored" checked={sponsored} onChange={(event) => setSponsored(event.target.checked)} />
          <Button type="submit" disabled={busy || !text.trim()}>
            {busy ? 'Screening…' : 'Screen'}
          </Button>
        </div>
      </form>
      {error !== undefined && <ErrorAlert error={error} />}
      {result && (
        <div className="try-it__result" aria-label="Screening result" role="region">
          <p>
            <RouteBadge route={result.screening.route} /> {result.screening.findings.length}{' '}
            {result.screening.findings.length === 1 ? 'finding' : 'findings'}{' '}
            <span className="muted">({result.screening.packs.map((pack) => `${pack.id} ${pack.version}`).join(', ')})</span>
          </p>
          <p className="try-it__text">
            <HighlightedText text={result.text} findings={result.screening.findings} />
          </p>
          <FindingList findings={result.screening.findings} text={result.text} emptyMessage="Nothing found." />
        </div>
      )}
    </section>
  );
}
