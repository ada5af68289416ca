import type { ProcessDefinition, ProcessDetail, ProcessDraft } from './types';

export const modeler = { username: 'mo', groups: ['modelers'] };
export const admin = { username: 'ada', groups: ['admins'] };

export const TASK_XML = (tasks: Record<string, string>) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Defs" targetNamespace="http://clearance.io/test">
  <bpmn:process id="PostApprovalProcess" name="Post approval" isExecutable="true">
    <bpmn:startEvent id="StartEvent_Submitted" name="Submitted" />
${Object.entries(tasks)
  .map(([id, name]) => `    <bpmn:userTask id="${id}" name="${name}" />`)
  .join('\n')}
  </bpmn:process>
</bpmn:definitions>`;

export function aVersion(version: number, overrides: Partial<ProcessDefinition> = {}): ProcessDefinition {
  return {
    definitionId: `PostApprovalProcess:${version}:d${version}`,
    key: 'PostApprovalProcess',
    name: 'Post approval',
    version,
    deploymentId: `d${version}`,
    deployedAt: '2026-11-01T10:00:00Z',
    deployedBy: version === 1 ? null : 'mo',
    source: version === 1 ? 'FILE' : 'MODELER',
    runningInstances: version,
    openIncidents: 0,
    ...overrides,
  };
}

export function aDetail(version: number, xml = TASK_XML({ Task_ComplianceReview: 'Compliance review' })): ProcessDetail {
  return { ...aVersion(version), xml };
}

export function aDraft(overrides: Partial<ProcessDraft> = {}): ProcessDraft {
  return {
    id: 7,
    key: 'PostApprovalProcess',
    name: 'Medical review step',
    basedOnDefinitionId: aVersion(2).definitionId,
    updatedAt: '2026-11-02T09:00:00Z',
    updatedBy: 'mo',
    version: 3,
    xml: TASK_XML({ Task_ComplianceReview: 'Compliance review', Task_MedicalReview: 'Medical review' }),
    ...overrides,
  };
}
