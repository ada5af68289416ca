import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockBackend } from '@/test/fetch-mock';
import type { DashboardData } from '../api/get-dashboard';
import { DashboardPage, formatDuration } from './dashboard-page';

const data: DashboardData = {
  days: 7,
  since: '2026-03-01T00:00:00Z',
  generatedAt: '2026-03-07T12:00:00Z',
  queues: [
    { taskDefinitionKey: 'Task_ComplianceReview', open: 12 },
    { taskDefinitionKey: 'Task_LegalSignOff', open: 3 },
  ],
  stageTimes: [{ taskDefinitionKey: 'Task_ComplianceReview', completed: 40, medianSeconds: 5400, p90Seconds: 20_000 }],
  slaBreaches: [{ stage: 'COMPLIANCE', count: 2 }],
  slaBreachesPerDay: [{ day: '2026-03-02', count: 2 }],
  findingsByCategory: [
    { day: '2026-03-01', category: 'PHI', count: 4 },
    { day: '2026-03-02', category: 'MEDICAL_CLAIM', count: 1 },
  ],
  findingsByRule: [
    { day: '2026-03-01', pack: 'hipaa', ruleId: 'PHI_PATIENT_NAME', count: 4 },
    { day: '2026-03-02', pack: 'medical-claims', ruleId: 'CLAIM_GUARANTEE', count: 1 },
  ],
  dismissalsByRule: [{ pack: 'hipaa', ruleId: 'PHI_PATIENT_NAME', findings: 10, dismissals: 3, rate: 0.3 }],
};

describe('DashboardPage', () => {
  it('draws every chart with a text alternative that gives its figures', async () => {
    mockBackend({ 'GET /api/dashboard': () => json(data) });
    render(<DashboardPage />);

    const queues = await screen.findByRole('img', { name: 'Open tasks per stage' });
    expect(queues.querySelectorAll('rect.chart__bar')).toHaveLength(2);
    expect(screen.getByText('15 open tasks: Compliance review 12, Legal sign-off 3.')).toBeDefined();
    expect(screen.getByText(/Compliance review: median 1.5 h, 90th percentile 5.6 h over 40 tasks/)).toBeDefined();
    expect(screen.getByText('2 escalations: Compliance 2.')).toBeDefined();
    expect(screen.getByText(/5 findings: Protected health information 4/)).toBeDefined();
    expect(screen.getByText(/PHI_PATIENT_NAME: 3 of 10 findings dismissed \(30 %\)/)).toBeDefined();
    expect(screen.getAllByRole('img')).toHaveLength(6);
    const categories = screen.getByRole('img', { name: 'Findings by category per day' });
    expect(categories.querySelectorAll('rect.chart__stack')).toHaveLength(2);
  });

  it('asks for another period and keeps the numbers one keyboard step away', async () => {
    const { requests } = mockBackend({ 'GET /api/dashboard': () => json(data) });
    render(<DashboardPage />);
    const user = userEvent.setup();
    await screen.findByRole('img', { name: 'Open tasks per stage' });

    await user.selectOptions(screen.getByLabelText('Period'), '90');
    expect(requests.map((request) => new URL(request.url).search)).toEqual(['?days=30', '?days=90']);

    const figure = screen.getByRole('figure', { name: 'Open tasks per stage' });
    await user.click(within(figure).getByText('Show the numbers'));
    expect(within(figure).getByRole('table').textContent).toContain('Legal sign-off3');
  });

  it('formats durations for people', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(720)).toBe('12 min');
    expect(formatDuration(12_600)).toBe('3.5 h');
  });
});
