// bpmn-io packages that ship no type declarations (bpmn-js and diagram-js do).
declare module 'bpmn-js-properties-panel';
declare module 'bpmn-js-element-templates';
declare module '@bpmn-io/element-template-chooser';
declare module 'bpmn-js-bpmnlint';
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform';
declare module 'bpmn-js-differ';
declare module 'bpmn-moddle';
declare module 'bpmnlint/lib/linter';
declare module '@bpmn-io/element-templates-validator';

/** A bpmnlint config, compiled into `{ config, resolver }` by vite-plugin-bpmnlint.ts. */
declare module '*.bpmnlintrc' {
  const bundle: { config: unknown; resolver: unknown };
  export default bundle;
}
