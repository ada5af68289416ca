// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import Linter from 'bpmnlint/lib/linter';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';
import { describe, expect, it } from 'vitest';
import bundle from './.bpmnlintrc';

/** The editor's bpmnlint config, compiled by vite-plugin-bpmnlint exactly as the app bundles it. */
async function lint(xml: string): Promise<Record<string, { category: string; id?: string; message: string }[]>> {
  const { rootElement } = await new BpmnModdle({ camunda }).fromXML(xml);
  return new Linter(bundle).lint(rootElement);
}

function errors(reports: Awaited<ReturnType<typeof lint>>): string[] {
  return Object.entries(reports).flatMap(([rule, found]) =>
    found.filter((report) => report.category === 'error').map((report) => `${rule}: ${report.id}`),
  );
}

// Vitest runs in frontend/; the shipped processes are in the repository's processes/ folder.
const shipped = (name: string) => readFileSync(join(process.cwd(), '..', 'processes', name), 'utf8');

describe('the bundled bpmnlint config', () => {
  it('passes the processes Clearance ships without an error', async () => {
    expect(errors(await lint(shipped('post-approval.bpmn')))).toEqual([]);
    expect(errors(await lint(shipped('crisis-fast-track.bpmn')))).toEqual([]);
  });

  it('reports a task nothing leads to', async () => {
    const xml = shipped('post-approval.bpmn').replace(
      '<bpmn:serviceTask id="Task_ScreenPost"',
      '<bpmn:task id="Task_Stray" name="Stray" />\n    <bpmn:serviceTask id="Task_ScreenPost"',
    );
    expect(errors(await lint(xml))).toContain('no-disconnected: Task_Stray');
  });
});
