// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAll } from '@bpmn-io/element-templates-validator';
import { describe, expect, it } from 'vitest';

// The templates GET /api/processes/element-templates serves; bpmn-js-element-templates drops an invalid one silently.
const templates = JSON.parse(
  readFileSync(join(process.cwd(), '..', 'backend', 'src', 'main', 'resources', 'element-templates', 'clearance.json'), 'utf8'),
) as { id: string; appliesTo: string[] }[];

describe("the server's element templates", () => {
  it('are all valid Camunda 7 element templates, so the modeler offers every one', () => {
    const { results } = validateAll(templates);
    const invalid = results
      .filter((result: { valid: boolean }) => !result.valid)
      .map((result: { object: { id: string }; errors: { instancePath: string; message: string }[] }) =>
        `${result.object.id}: ${result.errors.map((error) => `${error.instancePath} ${error.message}`).join('; ')}`,
      );
    expect(invalid).toEqual([]);
  });

  it('offer a template for publishing and for a custom review step', () => {
    expect(templates.map((template) => template.id)).toEqual(expect.arrayContaining(['io.clearance.publish-post', 'io.clearance.medical-review']));
  });
});
