import { apiRequest } from '@/lib/api-client';

/**
 * POST /api/rule-packs/uploads (multipart `file`, a zip of one pack folder): validated exactly like a change on
 * disk. 201 when accepted; a 400/422 problem detail (with `error`) when refused, and nothing changes.
 */
export function uploadPack(file: File): Promise<unknown> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiRequest<unknown>('/api/rule-packs/uploads', { method: 'POST', body });
}
