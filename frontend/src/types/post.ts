import type { Finding, PackVersion, Platform, PostKind, Route } from './screening';

/** A post as GET /api/posts/{id} returns it (DESIGN.md, REST API). */

export const POST_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const STATUS_LABELS: Record<PostStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Approved',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

/** The statuses in which the author may still change the post (a new revision). */
export const EDITABLE_STATUSES: readonly PostStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW', 'APPROVED', 'SCHEDULED'];
/** Over: nothing changes the post any more. */
export const FINAL_STATUSES: readonly PostStatus[] = ['PUBLISHED', 'REJECTED', 'WITHDRAWN'];

export type Revision = {
  number: number;
  text: string;
  mediaDescriptions: string[];
  consentIds: string[];
  createdBy: string;
  createdAt: string;
};

export type PostScreening = {
  revision: number;
  route: Route;
  fastTrackEligible: boolean;
  findings: Finding[];
  packs: PackVersion[];
  screenedAt: string;
};

export type ReviewStage = 'COMPLIANCE' | 'LEGAL' | 'CRISIS' | 'RETROSPECTIVE';
export type Decision = 'APPROVE' | 'REJECT' | 'REQUEST_CHANGES';

export const DECISION_LABELS: Record<Decision, string> = {
  APPROVE: 'Approved',
  REJECT: 'Rejected',
  REQUEST_CHANGES: 'Changes requested',
};

/** The author's answer to a suggested edit, kept by the server. */
export type SuggestedEditResponse = 'ACCEPTED' | 'IGNORED';

/**
 * A reviewer's proposed replacement of `[start, end)` of the decided revision's text (UTF-16 offsets), with the
 * author's answer once they gave one (null before; absent from older servers).
 */
export type SuggestedEdit = {
  start: number;
  end: number;
  replacement: string;
  note?: string | null;
  response?: SuggestedEditResponse | null;
  respondedAt?: string | null;
};

export type PostDecision = {
  /** Addresses the decision's suggested edits (absent from older servers). */
  id?: number;
  revision: number;
  stage: ReviewStage;
  decision: Decision;
  reviewer: string;
  comment: string | null;
  escalateToLegal: boolean;
  decidedAt: string;
  /** Whether the decision was made on the post's current revision. */
  current: boolean;
  /** Only on a request for changes: edits the author may accept (absent from older servers). */
  suggestedEdits?: SuggestedEdit[];
};

export type Post = {
  id: number;
  status: PostStatus;
  version: number;
  author: string;
  kind: PostKind;
  sponsored: boolean;
  platforms: Platform[];
  /** The connected accounts the post goes out on (none: each platform's default account). */
  accountIds?: number[];
  scheduledAt: string | null;
  legalRequired: boolean;
  revision: Revision;
  screening: PostScreening | null;
  decisions: PostDecision[];
  createdAt: string;
  updatedAt: string;
};

/** One entry of the post's append-only, hash-chained audit trail. */
export type HistoryEntry = {
  sequence: number;
  type: string;
  actor: string;
  revision: number | null;
  from: PostStatus | null;
  to: PostStatus | null;
  detail: string | null;
  at: string;
  hash: string;
};

export type PublicationStatus = 'PENDING' | 'PUBLISHED' | 'FAILED' | 'TAKEN_DOWN';

export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus, string> = {
  PENDING: 'Pending',
  PUBLISHED: 'Published',
  FAILED: 'Failed',
  TAKEN_DOWN: 'Taken down',
};

/** The latest figures fetched from the platform (null: the platform's API does not give that figure). */
export type Engagement = {
  likes: number | null;
  shares: number | null;
  comments: number | null;
  reach: number | null;
  fetchedAt: string;
};

/** One publication as archived: where it went, through which account, and exactly what went out. */
export type Publication = {
  platform: Platform;
  /** The connected account, or null for the platform's default (the sandbox on the embedded set-up). */
  accountId: number | null;
  status: PublicationStatus | string;
  externalId: string | null;
  url: string | null;
  publishedAt: string | null;
  attempts: number;
  revision: number;
  text: string | null;
  mediaDescriptions: string[] | null;
  lastError: string | null;
  permanentFailure: boolean;
  engagement: Engagement | null;
};
