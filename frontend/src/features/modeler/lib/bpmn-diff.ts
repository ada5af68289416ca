import { BpmnModdle } from 'bpmn-moddle';
import { diff } from 'bpmn-js-differ';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/** One element that differs between two versions of a diagram. */
export type DiagramChange = {
  id: string;
  kind: ChangeKind;
  /** The BPMN type without its prefix, e.g. "UserTask". */
  type: string;
  name: string | null;
  /** For a change: the attributes that differ. */
  attributes: string[];
};

type ModdleElement = { $type?: string; id?: string; name?: string };

const ORDER: Record<ChangeKind, number> = { added: 0, removed: 1, changed: 2, moved: 3 };

async function definitionsOf(xml: string) {
  const moddle = new BpmnModdle({ camunda });
  const { rootElement } = await moddle.fromXML(xml);
  return rootElement;
}

function describe(id: string, kind: ChangeKind, element: ModdleElement, attributes: string[] = []): DiagramChange {
  return { id, kind, type: (element.$type ?? '').replace(/^bpmn:/, ''), name: element.name ?? null, attributes };
}

/**
 * What changed from `before` to `after`, element by element (bpmn-js-differ's semantic diff): added, removed,
 * changed (with the attributes) and moved (layout only). Diagram-interchange elements are left out.
 */
export async function diffDiagrams(before: string, after: string): Promise<DiagramChange[]> {
  const [from, to] = await Promise.all([definitionsOf(before), definitionsOf(after)]);
  const result = diff(from, to) as {
    _added: Record<string, ModdleElement>;
    _removed: Record<string, ModdleElement>;
    _changed: Record<string, { model: ModdleElement; attrs: Record<string, unknown> }>;
    _layoutChanged: Record<string, ModdleElement>;
  };
  const changes: DiagramChange[] = [
    ...Object.entries(result._added).map(([id, element]) => describe(id, 'added', element)),
    ...Object.entries(result._removed).map(([id, element]) => describe(id, 'removed', element)),
    ...Object.entries(result._changed).map(([id, change]) => describe(id, 'changed', change.model, Object.keys(change.attrs))),
    ...Object.entries(result._layoutChanged)
      .filter(([id]) => !(id in result._changed))
      .map(([id, element]) => describe(id, 'moved', element)),
  ];
  return changes
    .filter((change) => !/^bpmndi:|^dc:|^di:/.test(change.type) && !change.type.startsWith('BPMN'))
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.id.localeCompare(b.id));
}
