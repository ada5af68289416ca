import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInDataRouter } from '@/test/data-router';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import type { Finding } from '@/types/screening';
import type { AllowList, RulePack } from '../types';
import { RuleConsolePage } from './rule-console-page';

const rulesAdmin = { username: 'rae', groups: ['rules-admins'] };

const packs: RulePack[] = [
  { id: 'phi', name: 'Patient identifiers', version: '1.2.0', enabled: true, status: 'ACTIVE', error: null },
  {
    id: 'broken-pack',
    name: null,
    version: '1.0.0',
    enabled: true,
    status: 'REFUSED',
    error: 'Version 1.1.0 was refused: broken.drl line 3: mismatched input "then"',
  },
];

const claim: Finding = {
  ruleId: 'CLAIM_CURE',
  pack: 'medical-claims',
  category: 'MEDICAL_CLAIM',
  severity: 'HIGH',
  message: 'Promises a cure.',
  start: 13,
  end: 26,
  suggestion: 'can help with',
};

const quietRoutes = {
  'GET /api/csrf': csrfResponse(),
  'GET /api/rule-packs': () => json(packs),
  'GET /api/rule-packs/dismissal-rates': () => json([]),
};

function renderConsole(user = rulesAdmin) {
  renderInDataRouter(<RuleConsolePage user={user} />, '/rules');
}

const allowList: AllowList = {
  phones: [{ value: '(555) 010-0100', note: 'switchboard' }],
  emails: [],
  domains: [{ value: 'clearview-health.org', note: null }],
  addresses: [],
  names: [{ value: 'Sarah Chen', note: null }],
};

describe('RuleConsolePage', () => {
  it('lists each pack with its version and status, and shows why a refused pack was refused', async () => {
    mockBackend(quietRoutes);
    renderConsole();

    const table = await screen.findByRole('table', { name: 'Rule packs' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['broken-pack', '1.0.0', expect.stringMatching(/^Refused/)],
      ['Patient identifiers phi', '1.2.0', 'Active'],
    ]);
    expect(screen.getByLabelText('Why broken-pack was refused').textContent).toBe(packs[1].error);
  });

  it('switches a pack off and reloads the list', async () => {
    let enabled = true;
    const { requests } = mockBackend({
      ...quietRoutes,
      'GET /api/rule-packs': () => json([{ ...packs[0], enabled }]),
      'PUT /api/rule-packs/phi/enabled': async (request) => {
        enabled = ((await request.json()) as { enabled: boolean }).enabled;
        return json({ ...packs[0], enabled });
      },
    });
    renderConsole();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('switch', { name: 'phi enabled' }));

    expect(await screen.findByText('phi is now disabled: it no longer screens.')).toBeDefined();
    expect(((await screen.findByRole('switch', { name: 'phi enabled' })) as HTMLInputElement).checked).toBe(false);
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
  });

  it('runs a pack’s examples and lists each result with what differed', async () => {
    mockBackend({
      ...quietRoutes,
      'POST /api/rule-packs/phi/examples/run': () =>
        json({
          pack: 'phi',
          version: '1.2.0',
          passed: 1,
          failed: 1,
          error: null,
          results: [
            { file: 'examples/names.yaml', name: 'names a patient', passed: true, problem: null },
            { file: 'examples/names.yaml', name: 'staff announcement', passed: false, problem: 'unexpected PHI_NAME at 10..20' },
          ],
        }),
    });
    renderConsole();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Run the examples of phi' }));

    const list = await screen.findByRole('list', { name: 'Examples of phi' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '✓ Passed: names a patient (examples/names.yaml)',
      '✗ Failed: staff announcement (examples/names.yaml)unexpected PHI_NAME at 10..20',
    ]);
  });

  it('screens a sample in the try-it box and highlights each finding at its span', async () => {
    const { requests } = mockBackend({
      ...quietRoutes,
      'POST /api/rule-packs/try': () => json({ route: 'NEEDS_LEGAL', fastTrackEligible: false, findings: [claim], packs: [{ id: 'medical-claims', version: '1.0.0' }] }),
    });
    renderConsole();
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Sample text'), 'Our therapy, guaranteed cure.');
    await user.click(screen.getByRole('button', { name: 'Screen' }));

    const result = await screen.findByRole('region', { name: 'Screening result' });
    expect(within(result).getByText('guaranteed cu', { selector: 'mark' })).toBeDefined();
    expect(within(result).getByRole('listitem', { name: 'Finding 1: CLAIM_CURE' })).toBeDefined();
    const sent = requests.find((request) => request.url.endsWith('/try'))!;
    expect(await sent.json()).toEqual({ text: 'Our therapy, guaranteed cure.', platform: 'FACEBOOK', kind: 'POST', sponsored: false });
  });

  it('replays stored posts and shows which would gain or lose findings', async () => {
    const { requests } = mockBackend({
      ...quietRoutes,
      'POST /api/rule-packs/replay': () =>
        json({
          days: 7,
          since: '2026-11-01T00:00:00Z',
          posts: 3,
          changed: 1,
          packs: [],
          results: [
            { postId: 4, revision: 2, screenedRevision: 2, storedRoute: 'NEEDS_COMPLIANCE', currentRoute: 'NEEDS_LEGAL', storedPacks: [], currentPacks: [], appeared: [claim], disappeared: [] },
            { postId: 5, revision: 1, screenedRevision: 1, storedRoute: 'PASS', currentRoute: 'PASS', storedPacks: [], currentPacks: [], appeared: [], disappeared: [] },
          ],
        }),
    });
    renderConsole();
    const user = userEvent.setup();

    const days = await screen.findByLabelText(/^Posts changed in the last/);
    await user.clear(days);
    await user.type(days, '7');
    await user.click(screen.getByRole('button', { name: 'Replay' }));

    const result = await screen.findByRole('region', { name: 'Replay result' });
    expect(within(result).getByText('3 posts screened again; 1 would change.')).toBeDefined();
    expect(within(result).getAllByRole('link').map((link) => link.textContent)).toEqual(['Post 4']);
    expect(within(result).getByRole('list', { name: 'Findings post 4 would gain' }).textContent).toContain('CLAIM_CURE');
    expect(await requests.find((request) => request.url.endsWith('/replay'))!.json()).toEqual({ days: 7 });
  });

  it('uploads a pack zip as multipart and shows the server’s refusal readably', async () => {
    const { fetchMock } = mockBackend({
      ...quietRoutes,
      'POST /api/rule-packs/uploads': () =>
        new Response(
          JSON.stringify({
            type: 'urn:clearance:problem:invalid-rule-pack',
            title: 'Invalid rule pack',
            status: 422,
            detail: 'The pack was refused; nothing changed.',
            error: 'rules.drl line 3:7 mismatched input "then"\nin rule "Broken"',
          }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    renderConsole();
    const user = userEvent.setup();

    const zip = new File([new Uint8Array([80, 75, 3, 4])], 'phi-1.3.0.zip', { type: 'application/zip' });
    await user.upload(await screen.findByLabelText(/^Pack zip/), zip);
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The pack was refused; nothing changed.');
    expect(within(alert).getByLabelText('Why the pack was refused').textContent).toBe('rules.drl line 3:7 mismatched input "then"\nin rule "Broken"');
    // jsdom's File cannot be streamed into a Request body here, so the test looks at what the app handed to fetch.
    const [, init] = fetchMock.mock.calls.find(([input]) => String(input).endsWith('/uploads'))!;
    expect(init?.method).toBe('POST');
    expect(((init?.body as FormData).get('file') as File).name).toBe('phi-1.3.0.zip');
  });

  it('lists dismissal rates highest first', async () => {
    mockBackend({
      ...quietRoutes,
      'GET /api/rule-packs/dismissal-rates': () =>
        json([
          { pack: 'phi', ruleId: 'PHI_DATE', findings: 10, dismissals: 1, rate: 0.1 },
          { pack: 'phi', ruleId: 'PHI_NAME', findings: 4, dismissals: 3, rate: 0.75 },
        ]),
    });
    renderConsole();

    const table = await screen.findByRole('table', { name: /^Findings and dismissals per rule/ });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['PHI_NAME (phi)43 75 %', 'PHI_DATE (phi)101 10 %']);
  });

  it('edits the organisation’s own identifiers, keeps each note, and saves them as a new pack version', async () => {
    const { requests } = mockBackend({
      ...quietRoutes,
      'GET /api/rule-packs/hipaa-phi/allowlist': () => json(allowList),
      'PUT /api/rule-packs/hipaa-phi/allowlist': () =>
        json({ id: 'hipaa-phi', name: 'PHI', version: '1.9.1', enabled: true, status: 'ACTIVE', error: null }),
    });
    renderConsole();
    const user = userEvent.setup();

    const phones = (await screen.findByLabelText('Phone numbers')) as HTMLTextAreaElement;
    expect(phones.value).toBe('(555) 010-0100 # switchboard');
    const save = screen.getByRole('button', { name: 'Save the allow list' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText('Staff names (the staff directory)'), '\n  Dana Whitfield  #  patient experience lead\n\n');
    await user.click(save);

    expect(await screen.findByText('Saved: hipaa-phi version 1.9.1 screens with this list now.')).toBeDefined();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(await put.json()).toEqual({
      phones: [{ value: '(555) 010-0100', note: 'switchboard' }],
      emails: [],
      domains: [{ value: 'clearview-health.org' }],
      addresses: [],
      names: [{ value: 'Sarah Chen' }, { value: 'Dana Whitfield', note: 'patient experience lead' }],
    });
    expect((screen.getByRole('button', { name: 'Save the allow list' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps the edits and shows why when the server refuses the allow list', async () => {
    mockBackend({
      ...quietRoutes,
      'GET /api/rule-packs/hipaa-phi/allowlist': () => json(allowList),
      'PUT /api/rule-packs/hipaa-phi/allowlist': () =>
        new Response(
          JSON.stringify({
            type: 'urn:clearance:problem:rule-pack-refused',
            title: 'Rule pack refused',
            status: 422,
            detail: 'Rule pack hipaa-phi was refused; nothing changed.',
            error: 'allowlist.yaml: "call us" is not a phone number',
          }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    renderConsole();
    const user = userEvent.setup();

    const phones = (await screen.findByLabelText('Phone numbers')) as HTMLTextAreaElement;
    await user.type(phones, '\ncall us');
    await user.click(screen.getByRole('button', { name: 'Save the allow list' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByLabelText('Why the pack was refused').textContent).toBe(
      'allowlist.yaml: "call us" is not a phone number',
    );
    expect(phones.value).toBe('(555) 010-0100 # switchboard\ncall us');
    expect((screen.getByRole('button', { name: 'Save the allow list' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the allow list only to rules administrators', async () => {
    const { requests } = mockBackend({ ...quietRoutes, 'GET /api/rule-packs/hipaa-phi/allowlist': () => json(allowList) });
    renderConsole({ username: 'casey', groups: ['compliance'] });

    await screen.findByRole('table', { name: 'Rule packs' });
    expect(screen.queryByRole('heading', { name: 'The organisation’s own identifiers' })).toBeNull();
    expect(requests.some((request) => request.url.endsWith('/allowlist'))).toBe(false);
  });
});
