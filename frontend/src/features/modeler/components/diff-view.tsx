import { useEffect, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { diffDiagrams, type ChangeKind, type DiagramChange } from '../lib/bpmn-diff';
import { BpmnViewer } from './bpmn-viewer';

const KIND_LABELS: Record<ChangeKind, string> = { added: 'Added', removed: 'Removed', changed: 'Changed', moved: 'Moved' };

type DiffViewProps = { before: string; after: string; beforeLabel: string; onClose: () => void };

/**
 * The edit against the deployed version: the deployed diagram with removed and changed elements marked, the
 * edited one with added and changed elements marked, and the same changes as a list (marks are not only colour:
 * each kind has its own outline style).
 */
export function DiffView({ before, after, beforeLabel, onClose }: DiffViewProps) {
  const [changes, setChanges] = useState<DiagramChange[]>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let current = true;
    diffDiagrams(before, after).then(
      (result) => current && setChanges(result),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [before, after]);

  const [beforeMarkers, afterMarkers] = useMemo(() => {
    const old: Record<string, string> = {};
    const edited: Record<string, string> = {};
    for (const change of changes ?? []) {
      if (change.kind !== 'added') {
        old[change.id] = `diff-${change.kind}`;
      }
      if (change.kind !== 'removed') {
        edited[change.id] = `diff-${change.kind}`;
      }
    }
    return [old, edited];
  }, [changes]);

  return (
    <section className="diff-view" aria-labelledby="diff-title">
      <div className="page-title">
        <h2 id="diff-title">Changes against {beforeLabel.toLowerCase()}</h2>
        <Button variant="secondary" className="button--small" onClick={onClose}>
          Back to editing
        </Button>
      </div>
      {error !== undefined && <ErrorAlert error={error} />}
      {changes === undefined && error === undefined && <p role="status">Comparing…</p>}
      {changes && (
        <>
          {changes.length === 0 ? (
            <p>No changes: the diagram is the same as the deployed version.</p>
          ) : (
            <ul className="diff-view__changes" aria-label="Changed elements">
              {changes.map((change) => (
                <li key={`${change.kind}-${change.id}`} className={`diff-view__change diff-view__change--${change.kind}`}>
                  <strong>{KIND_LABELS[change.kind]}</strong> {change.type} {change.name ? `“${change.name}” ` : ''}
                  <code>{change.id}</code>
                  {change.attributes.length > 0 && <span className="muted"> ({change.attributes.join(', ')})</span>}
                </li>
              ))}
            </ul>
          )}
          <div className="diff-view__diagrams">
            <BpmnViewer xml={before} label={`${beforeLabel}, with removed and changed elements marked`} markers={beforeMarkers} />
            <BpmnViewer xml={after} label="The edited diagram, with added and changed elements marked" markers={afterMarkers} />
          </div>
        </>
      )}
    </section>
  );
}
