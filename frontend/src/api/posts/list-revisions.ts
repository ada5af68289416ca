import { apiRequest } from '@/lib/api-client';
import type { Platform } from '@/types/screening';

/** One revision as GET /api/posts/{id}/revisions lists it; `platforms` are the post's. */
export type RevisionEntry = {
  number: number;
  text: string;
  platforms: Platform[];
  mediaDescriptions: string[];
  consentIds: string[];
  createdAt: string;
  createdBy: string;
  contentHash: string;
};

/** GET /api/posts/{id}/revisions: every revision of the post, oldest first. */
export function listRevisions(postId: number, signal?: AbortSignal): Promise<RevisionEntry[]> {
  return apiRequest<RevisionEntry[]>(`/api/posts/${postId}/revisions`, { signal });
}
