import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import type { Consent } from '@/types/consent';
import { ConsentRegistryPage } from './consent-registry-page';

const consent = (id: number, status: Consent['status'] = 'ACTIVE'): Consent => ({
  id,
  label: `Maria, knee story ${id}`,
  patientRef: 'MRN-1',
  documentRef: 'dms://form-1',
  uses: ['STORY', 'PHOTO'],
  channels: ['FACEBOOK'],
  expiresAt: null,
  status,
  recordedBy: 'compliance',
  recordedAt: '2026-01-01T00:00:00Z',
  revokedAt: status === 'REVOKED' ? '2026-01-02T00:00:00Z' : null,
  revocationReason: status === 'REVOKED' ? 'Patient withdrew' : null,
});

describe('ConsentRegistryPage', () => {
  it('lists consents with their scope and state, and revokes one only with a reason', async () => {
    const { requests } = mockBackend({
      'GET /api/consents': () => json([consent(1), consent(2, 'REVOKED')]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/consents/1/revoke': () => json(consent(1, 'REVOKED')),
    });
    render(<ConsentRegistryPage user={{ username: 'cleo', groups: ['compliance'] }} />);
    const user = userEvent.setup();

    const first = await screen.findByRole('listitem', { name: 'Consent 1: Maria, knee story 1' });
    expect(first.textContent).toContain('Patient story, Photo on Facebook; no expiry.');
    expect(first.textContent).toContain('active');
    const revoked = screen.getByRole('listitem', { name: 'Consent 2: Maria, knee story 2' });
    expect(revoked.textContent).toContain('Patient withdrew');
    expect(within(revoked).queryByRole('button', { name: /Revoke/ })).toBeNull();

    await user.click(within(first).getByRole('button', { name: 'Revoke consent 1' }));
    await user.click(within(first).getByRole('button', { name: 'Revoke consent' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Say why the consent is revoked.');
    await user.type(within(first).getByLabelText('Reason for revoking'), 'Patient withdrew');
    await user.click(within(first).getByRole('button', { name: 'Revoke consent' }));

    expect(await screen.findByText(/Revoked consent 1/)).toBeDefined();
    const sent = requests.find((request) => request.url.endsWith('/revoke'))!;
    expect(await sent.json()).toEqual({ reason: 'Patient withdrew' });
  });

  it('records a consent with its uses and platforms', async () => {
    const { requests } = mockBackend({
      'GET /api/consents': () => json([]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/consents': () => json(consent(3), 201),
    });
    render(<ConsentRegistryPage user={{ username: 'cleo', groups: ['compliance'] }} />);
    const user = userEvent.setup();
    await screen.findByText('No consent is recorded yet.');

    await user.click(screen.getByRole('button', { name: 'Record consent' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give a label, the patient reference, at least one use, at least one platform.');

    await user.type(screen.getByLabelText('Label (what authors pick)'), 'Maria, knee story');
    await user.type(screen.getByLabelText('Patient reference'), 'MRN-1');
    await user.click(screen.getByRole('checkbox', { name: 'Patient story' }));
    await user.click(screen.getByRole('checkbox', { name: 'Instagram' }));
    await user.click(screen.getByRole('button', { name: 'Record consent' }));

    expect(await screen.findByText('Recorded consent 3: Maria, knee story 3.')).toBeDefined();
    const sent = requests.find((request) => request.method === 'POST' && request.url.endsWith('/api/consents'))!;
    expect(await sent.json()).toEqual({ label: 'Maria, knee story', patientRef: 'MRN-1', uses: ['STORY'], channels: ['INSTAGRAM'], expiresAt: null });
  });

  it('shows legal the registry without the forms to change it', async () => {
    mockBackend({ 'GET /api/consents': () => json([consent(1)]) });
    render(<ConsentRegistryPage user={{ username: 'lee', groups: ['legal'] }} />);

    expect(await screen.findByRole('listitem', { name: 'Consent 1: Maria, knee story 1' })).toBeDefined();
    expect(screen.queryByRole('button', { name: /Revoke|Record consent/ })).toBeNull();
  });
});
