import { describe, expect, it } from 'vitest';
import { TASK_XML } from '../test-fixtures';
import { diffDiagrams } from './bpmn-diff';

describe('diffDiagrams', () => {
  it('names the elements added, removed and renamed between two versions', async () => {
    const before = TASK_XML({ Task_ComplianceReview: 'Compliance review', Task_Old: 'Old step' });
    const after = TASK_XML({ Task_ComplianceReview: 'Compliance check', Task_MedicalReview: 'Medical review' });

    const changes = await diffDiagrams(before, after);

    expect(changes).toEqual([
      { id: 'Task_MedicalReview', kind: 'added', type: 'UserTask', name: 'Medical review', attributes: [] },
      { id: 'Task_Old', kind: 'removed', type: 'UserTask', name: 'Old step', attributes: [] },
      { id: 'Task_ComplianceReview', kind: 'changed', type: 'UserTask', name: 'Compliance check', attributes: ['name'] },
    ]);
  });

  it('finds nothing between a diagram and itself', async () => {
    const xml = TASK_XML({ Task_ComplianceReview: 'Compliance review' });
    expect(await diffDiagrams(xml, xml)).toEqual([]);
  });
});
