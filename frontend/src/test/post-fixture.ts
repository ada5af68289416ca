import type { Post } from '@/types/post';

/** A draft post as the server returns it (post 7 by ana, on Facebook, revision 1), with the given fields changed. */
export function draftPost(overrides: Partial<Post> = {}, text = ''): Post {
  return {
    id: 7,
    status: 'DRAFT',
    version: 0,
    author: 'ana',
    kind: 'POST',
    sponsored: false,
    platforms: ['FACEBOOK'],
    scheduledAt: null,
    legalRequired: false,
    revision: { number: 1, text, mediaDescriptions: [], consentIds: [], createdBy: 'ana', createdAt: '2026-01-01T00:00:00Z' },
    screening: null,
    decisions: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}
