import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
// bpmnlint's own compiler (what its CLI and rollup-plugin-bpmnlint use): resolves the configured rules with
// Node's resolver and emits an ES module that imports each rule, so the browser needs no resolver of its own.
const compileConfig = require('bpmnlint/lib/support/compile-config') as (config: unknown) => Promise<string>;

/**
 * Lets the app `import bundle from './.bpmnlintrc'`: the JSON config becomes a `{ config, resolver }` module that
 * bpmn-js-bpmnlint takes as is. Runs before Vite's JSON handling; works in the dev server, the build and Vitest.
 */
export function bpmnlint(): Plugin {
  return {
    name: 'clearance:bpmnlint',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.split('?')[0].endsWith('.bpmnlintrc')) {
        return null;
      }
      return { code: await compileConfig(JSON.parse(code)), map: null };
    },
  };
}
