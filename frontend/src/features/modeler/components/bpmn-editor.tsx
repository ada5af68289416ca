import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import '@bpmn-io/element-template-chooser/dist/element-template-chooser.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import Modeler from 'bpmn-js/lib/Modeler';
import lintModule from 'bpmn-js-bpmnlint';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { errorMessage } from '@/components/ui/error-alert';
import bpmnlintConfig from '../lib/.bpmnlintrc';

export const PROBLEM_MARKER = 'validation-problem';

/** What the editor page asks of the diagram. */
export type EditorHandle = {
  /** The diagram as BPMN XML, formatted. */
  saveXml(): Promise<string>;
  /** Selects the element and scrolls it into view; false when the diagram has no such element. */
  select(elementId: string): boolean;
  /** Marks these elements (and only these) as having a problem. */
  markProblems(elementIds: readonly string[]): void;
};

type BpmnEditorProps = {
  /** The diagram to open; a new value opens it afresh (the undo history starts again). */
  xml: string;
  /** Camunda 7 element templates offered in the properties panel. */
  templates: readonly unknown[];
  /** Called after every change (edit, undo, redo). */
  onChange?: () => void;
  /** Called with the reasons the template loader refused some templates (it leaves them out of the list). */
  onTemplateErrors?: (messages: string[]) => void;
};

type Service = Record<string, (...args: never[]) => unknown>;

/**
 * bpmn-js Modeler with the Camunda 7 properties panel, Clearance's element templates (choose "Screen post" or
 * "Publish" from a list), Camunda's modelling behaviours and bpmnlint in the editor (the bottom-left button
 * toggles it; problems show on the elements).
 */
export const BpmnEditor = forwardRef<EditorHandle, BpmnEditorProps>(function BpmnEditor({ xml, templates, onChange, onTemplateErrors }, ref) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<Modeler | null>(null);
  const marked = useRef<string[]>([]);
  const onChangeRef = useRef(onChange);
  const onTemplateErrorsRef = useRef(onTemplateErrors);
  const [importError, setImportError] = useState<string>();
  onChangeRef.current = onChange;
  onTemplateErrorsRef.current = onTemplateErrors;

  useEffect(() => {
    const modeler = new Modeler({
      container: canvasRef.current!,
      propertiesPanel: { parent: panelRef.current! },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule,
        ElementTemplatesPropertiesProviderModule,
        ElementTemplateChooserModule,
        lintModule,
      ],
      moddleExtensions: { camunda: camundaModdle },
      elementTemplates: templates,
      linting: { bpmnlint: bpmnlintConfig, active: true },
    } as ConstructorParameters<typeof Modeler>[0]);
    modelerRef.current = modeler;
    marked.current = [];
    // Templates are validated when the diagram opens; an invalid one is left out of the chooser, so say why.
    modeler.on('elementTemplates.errors', (event: { errors?: Error[] }) =>
      onTemplateErrorsRef.current?.((event.errors ?? []).map((error) => error.message)),
    );
    setImportError(undefined);
    let disposed = false;
    const canvas = modeler.get('canvas') as Service;
    modeler.importXML(xml).then(
      () => !disposed && canvas.zoom('fit-viewport' as never),
      // A modeler destroyed while importing (the page left, or React's development double mount) fails its import.
      (error: unknown) => !disposed && setImportError(errorMessage(error)),
    );
    modeler.on('commandStack.changed', () => onChangeRef.current?.());
    // The canvas changes size with the window, and when it comes back from being hidden behind the diff.
    const resizes = new ResizeObserver(() => !disposed && canvas.resized());
    resizes.observe(canvasRef.current!);
    return () => {
      disposed = true;
      resizes.disconnect();
      modeler.destroy();
      modelerRef.current = null;
    };
  }, [xml, templates]);

  useImperativeHandle(
    ref,
    () => ({
      async saveXml() {
        const { xml: saved } = await modelerRef.current!.saveXML({ format: true });
        return saved ?? '';
      },
      select(elementId) {
        const modeler = modelerRef.current;
        const element = modeler && (modeler.get('elementRegistry') as Service).get(elementId as never);
        if (!modeler || !element) {
          return false;
        }
        (modeler.get('selection') as Service).select(element as never);
        (modeler.get('canvas') as Service).scrollToElement(element as never);
        return true;
      },
      markProblems(elementIds) {
        const modeler = modelerRef.current;
        if (!modeler) {
          return;
        }
        const canvas = modeler.get('canvas') as Service;
        const registry = modeler.get('elementRegistry') as Service;
        marked.current.filter((id) => registry.get(id as never)).forEach((id) => canvas.removeMarker(id as never, PROBLEM_MARKER as never));
        marked.current = elementIds.filter((id) => registry.get(id as never));
        marked.current.forEach((id) => canvas.addMarker(id as never, PROBLEM_MARKER as never));
      },
    }),
    [],
  );

  return (
    <>
      {importError && (
        <p role="alert" className="alert">
          The diagram could not be opened: {importError}
        </p>
      )}
      <div className="bpmn-editor">
        <div className="bpmn-editor__canvas" ref={canvasRef} role="application" aria-label="BPMN diagram editor" />
        <aside className="bpmn-editor__properties" ref={panelRef} aria-label="Properties of the selected element" />
      </div>
    </>
  );
});
