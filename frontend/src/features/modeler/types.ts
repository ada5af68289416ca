/** The process modeler's side of the REST contract (GET/POST /api/processes..., /api/process-drafts...). */

/** One deployed version of a process. */
export type ProcessDefinition = {
  definitionId: string;
  key: string;
  name: string | null;
  version: number;
  deploymentId: string;
  deployedAt: string | null;
  deployedBy: string | null;
  /** Where the version came from: the processes/ folder at start-up, or the modeler. */
  source: 'FILE' | 'MODELER' | string | null;
  runningInstances: number;
  openIncidents: number;
};

/** A version with its BPMN XML and, when deployed from the modeler, the deployer's comment and a summary of the changes. */
export type ProcessDetail = ProcessDefinition & { xml: string; comment?: string | null; changes?: string | null };

export const SOURCE_LABELS: Record<string, string> = { FILE: 'processes/ folder', MODELER: 'modeler' };

/** Instances waiting in one activity of a version, and the open incidents there. */
export type ActivityStat = { activityId: string; instances: number; incidents: number };

/** A problem the server's validation found: the element concerned (if any), the rule's name, and why. */
export type ValidationProblem = { elementId: string | null; rule: string; message: string };

export type ValidationResult = { valid: boolean; problems: ValidationProblem[] };

export type Deployed = { definitionId: string; key: string; version: number };

/** A modeler's unfinished edit of a process, saved on the server. */
export type ProcessDraft = {
  id: number | string;
  key: string;
  name: string;
  basedOnDefinitionId: string | null;
  updatedAt: string;
  updatedBy: string;
  version: number;
  /** Set once the draft was deployed: the version it became. */
  deployedDefinitionId?: string | null;
  /** Only when one draft is read (GET /api/process-drafts/{id}), not in the list. */
  xml: string;
};

export type MigrationInstruction = { sourceActivityIds: string[]; targetActivityIds: string[] };

/** What migrating the running instances of one version to another would do. */
export type MigrationPlan = {
  instructions: MigrationInstruction[];
  instances: number;
  /** Why the plan cannot be applied; empty when it can. */
  problems: ValidationProblem[];
};
