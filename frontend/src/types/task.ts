import type { ReviewStage } from './post';

export type TaskDefinitionKey = 'Task_ComplianceReview' | 'Task_LegalSignOff' | 'Task_Revise';

/** An open task of the approval process as GET /api/tasks returns it. `stage` is null for the author's revision task. */
export type Task = {
  id: string;
  name: string;
  taskDefinitionKey: TaskDefinitionKey | string;
  postId: number;
  assignee: string | null;
  due: string | null;
  created: string;
  candidateGroups: string[];
  stage: ReviewStage | null;
};
