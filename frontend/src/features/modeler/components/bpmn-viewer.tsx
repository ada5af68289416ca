import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { useEffect, useRef, useState } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { errorMessage } from '@/components/ui/error-alert';
import type { ActivityStat } from '../types';

type Service = Record<string, (...args: never[]) => unknown>;

type BpmnViewerProps = {
  xml: string;
  /** Accessible name of the diagram, e.g. "Post approval, version 3". */
  label: string;
  /** Live counts drawn on each activity: instances waiting there and open incidents. */
  stats?: readonly ActivityStat[];
  /** CSS class per element id, e.g. the diff's "diff-added". */
  markers?: Readonly<Record<string, string>>;
  className?: string;
};

function countBadge(stat: ActivityStat): HTMLElement {
  const badge = document.createElement('div');
  badge.className = 'activity-count';
  badge.dataset.activityId = stat.activityId;
  badge.title = `${stat.instances} waiting here, ${stat.incidents} open incidents`;
  const waiting = document.createElement('span');
  waiting.className = 'activity-count__instances';
  waiting.textContent = String(stat.instances);
  badge.append(waiting);
  if (stat.incidents > 0) {
    const incidents = document.createElement('span');
    incidents.className = 'activity-count__incidents';
    incidents.textContent = `⚠ ${stat.incidents}`;
    badge.append(incidents);
  }
  return badge;
}

/** A read-only diagram (pan and zoom) with optional live counts and markers. */
export function BpmnViewer({ xml, label, stats, markers, className }: BpmnViewerProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<NavigatedViewer | null>(null);
  const [ready, setReady] = useState(0);
  const [importError, setImportError] = useState<string>();

  useEffect(() => {
    const viewer = new NavigatedViewer({ container: canvasRef.current!, moddleExtensions: { camunda: camundaModdle } });
    viewerRef.current = viewer;
    setImportError(undefined);
    let disposed = false;
    viewer.importXML(xml).then(
      () => {
        if (!disposed) {
          (viewer.get('canvas') as Service).zoom('fit-viewport' as never);
          setReady((count) => count + 1);
        }
      },
      // A viewer destroyed while importing (the page left, or React's development double mount) fails its import.
      (error: unknown) => !disposed && setImportError(errorMessage(error)),
    );
    return () => {
      disposed = true;
      viewer.destroy();
      viewerRef.current = null;
    };
  }, [xml]);

  useEffect(() => {
    const viewer = viewerRef.current;
    if (!viewer || ready === 0 || !stats) {
      return;
    }
    const overlays = viewer.get('overlays') as Service;
    const registry = viewer.get('elementRegistry') as Service;
    overlays.remove({ type: 'activity-count' } as never);
    stats
      .filter((stat) => (stat.instances > 0 || stat.incidents > 0) && registry.get(stat.activityId as never))
      .forEach((stat) =>
        overlays.add(stat.activityId as never, 'activity-count' as never, { position: { top: -12, left: -8 }, html: countBadge(stat) } as never),
      );
  }, [stats, ready]);

  useEffect(() => {
    const viewer = viewerRef.current;
    if (!viewer || ready === 0 || !markers) {
      return;
    }
    const canvas = viewer.get('canvas') as Service;
    const registry = viewer.get('elementRegistry') as Service;
    const applied = Object.entries(markers).filter(([id]) => registry.get(id as never));
    applied.forEach(([id, marker]) => canvas.addMarker(id as never, marker as never));
    return () => applied.forEach(([id, marker]) => canvas.removeMarker(id as never, marker as never));
  }, [markers, ready]);

  return (
    <div className={['bpmn-viewer', className].filter(Boolean).join(' ')}>
      {importError && (
        <p role="alert" className="alert">
          The diagram could not be shown: {importError}
        </p>
      )}
      <div className="bpmn-viewer__canvas" ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
