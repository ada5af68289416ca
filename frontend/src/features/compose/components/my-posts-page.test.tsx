import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { json, mockBackend } from '@/test/fetch-mock';
import { draftPost } from '@/test/post-fixture';
import type { Post } from '@/types/post';
import { MyPostsPage } from './my-posts-page';

function post(id: number, overrides: Partial<Post> = {}): Post {
  return draftPost({ id, status: 'APPROVED', version: 2, updatedAt: `2026-01-0${id}T00:00:00Z`, ...overrides }, `Post number ${id}`);
}

describe('MyPostsPage', () => {
  it('tells the author which approved post waits for them to publish it now or reschedule it', async () => {
    mockBackend({
      'GET /api/posts': () =>
        json([
          post(1, { scheduledAt: '2026-01-01T08:00:00Z' }),
          post(2, { status: 'SCHEDULED', scheduledAt: '2099-01-01T08:00:00Z' }),
          post(3),
        ]),
    });
    render(
      <MemoryRouter>
        <MyPostsPage />
      </MemoryRouter>,
    );

    const link = await screen.findByRole('link', { name: 'Publish now or reschedule post 1' });
    expect(link.getAttribute('href')).toBe('/posts/1');
    const cards = within(screen.getByRole('list', { name: 'Posts' })).getAllByRole('listitem');
    expect(cards.filter((card) => card.textContent?.includes('Approved after its scheduled time'))).toHaveLength(1);
    expect(screen.getAllByRole('link', { name: /Publish now or reschedule/ })).toHaveLength(1);
  });
});
