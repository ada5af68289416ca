import type { PostStatus, ReviewStage } from './post';
import type { Category, Platform, PostKind, Route } from './screening';

export type TaskDefinitionKey = 'Task_ComplianceReview' | 'Task_LegalSignOff' | 'Task_Revise';

/** What an inbox row knows of the task's post (GET /api/tasks carries it, so the inbox needs no call per task). */
export type TaskPostSummary = {
  /** The first 160 characters of the current text. */
  excerpt: string;
  platforms: Platform[];
  /** Route of the screening of the current revision; null while it has not been screened. */
  route: Route | null;
  /** Categories of that screening's findings. */
  categories: Category[];
  crisis: boolean;
  kind: PostKind;
  status: PostStatus;
};

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
  /** The SLA ran out and the escalation was recorded. */
  escalated: boolean;
  /** Null only if the post is gone. */
  post: TaskPostSummary | null;
};
