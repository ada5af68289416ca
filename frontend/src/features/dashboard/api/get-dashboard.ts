import { apiRequest } from '@/lib/api-client';
import type { Category } from '@/types/screening';

/** GET /api/dashboard?days=N (reviewers, admins): queue sizes now; times, breaches and findings of the window. */
export type DashboardData = {
  days: number;
  since: string;
  generatedAt: string;
  queues: { taskDefinitionKey: string; open: number }[];
  stageTimes: { taskDefinitionKey: string; completed: number; medianSeconds: number; p90Seconds: number }[];
  slaBreaches: { stage: string; count: number }[];
  slaBreachesPerDay: { day: string; count: number }[];
  findingsByCategory: { day: string; category: Category; count: number }[];
  findingsByRule: { day: string; pack: string; ruleId: string; count: number }[];
  dismissalsByRule: { pack: string; ruleId: string; findings: number; dismissals: number; rate: number }[];
};

export function getDashboard(days: number, signal?: AbortSignal): Promise<DashboardData> {
  return apiRequest<DashboardData>(`/api/dashboard?days=${days}`, { signal });
}
