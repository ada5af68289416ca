import { useId, useState } from 'react';
import type { RevisionEntry } from '@/api/posts/list-revisions';
import { formatDateTime } from '@/lib/format';
import { wordDiff } from '@/lib/word-diff';

/**
 * What changed between two revisions, word by word. Removed words are struck through and added words
 * underlined, each also announced in words ("removed:", "added:") so colour is never the only signal.
 */
export function RevisionDiff({ revisions }: { revisions: readonly RevisionEntry[] }) {
  const current = revisions[revisions.length - 1];
  const [baseNumber, setBaseNumber] = useState<number | undefined>(revisions.length > 1 ? revisions[revisions.length - 2].number : undefined);
  const selectId = useId();
  if (!current) {
    return null;
  }
  const base = revisions.find((revision) => revision.number === baseNumber);
  if (!base) {
    return <p>This is the first revision: there is nothing earlier to compare it with.</p>;
  }
  const parts = wordDiff(base.text, current.text);
  const changed = parts.some((part) => part.kind !== 'same');
  const mediaChanged = base.mediaDescriptions.join('\n') !== current.mediaDescriptions.join('\n');
  const consentsChanged = base.consentIds.join(',') !== current.consentIds.join(',');
  return (
    <div className="revision-diff">
      {revisions.length > 2 && (
        <div className="field">
          <label htmlFor={selectId}>Compare revision {current.number} with</label>
          <select id={selectId} value={base.number} onChange={(event) => setBaseNumber(Number(event.target.value))}>
            {revisions.slice(0, -1).map((revision) => (
              <option key={revision.number} value={revision.number}>
                Revision {revision.number} ({formatDateTime(revision.createdAt)})
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="field__hint">
        Revision {base.number} by {base.createdBy}, {formatDateTime(base.createdAt)} → revision {current.number} by {current.createdBy},{' '}
        {formatDateTime(current.createdAt)}.
      </p>
      {changed ? (
        <p className="revision-diff__text" aria-label={`Changes from revision ${base.number} to ${current.number}`}>
          {parts.map((part, index) =>
            part.kind === 'same' ? (
              <span key={index}>{part.text}</span>
            ) : part.kind === 'removed' ? (
              <del key={index} className="diff diff--removed">
                <span className="visually-hidden">[removed: </span>
                {part.text}
                <span className="visually-hidden">]</span>
              </del>
            ) : (
              <ins key={index} className="diff diff--added">
                <span className="visually-hidden">[added: </span>
                {part.text}
                <span className="visually-hidden">]</span>
              </ins>
            ),
          )}
        </p>
      ) : (
        <p>The text is unchanged.</p>
      )}
      {mediaChanged && (
        <p>
          Media descriptions changed: {base.mediaDescriptions.length > 0 ? base.mediaDescriptions.join('; ') : 'none'} →{' '}
          {current.mediaDescriptions.length > 0 ? current.mediaDescriptions.join('; ') : 'none'}.
        </p>
      )}
      {consentsChanged && (
        <p>
          Consent references changed: {base.consentIds.join(', ') || 'none'} → {current.consentIds.join(', ') || 'none'}.
        </p>
      )}
    </div>
  );
}
