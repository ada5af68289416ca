import { useEffect, useState } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SelectField } from '@/components/ui/select-field';
import { isAbort } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { CATEGORIES, CATEGORY_LABELS } from '@/types/screening';
import { getDashboard, type DashboardData } from '../api/get-dashboard';
import { ChartFrame, HorizontalBars, StackedColumns } from './charts';

const TASK_LABELS: Record<string, string> = {
  Task_ComplianceReview: 'Compliance review',
  Task_LegalSignOff: 'Legal sign-off',
  Task_Revise: 'Author revision',
  Task_CrisisApproval: 'Crisis approval',
  Task_RetrospectiveReview: 'Retrospective review',
  Task_CorrectOrTakeDown: 'Correct or take down',
};
const STAGE_LABELS: Record<string, string> = { COMPLIANCE: 'Compliance', LEGAL: 'Legal', CRISIS: 'Crisis approval' };
const TOP_RULES = 8;

const taskLabel = (key: string) => TASK_LABELS[key] ?? key;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "45 s", "12 min", "3.5 h", "2.1 d". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

/** Every day of the window, oldest first, as YYYY-MM-DD. */
function windowDays(data: DashboardData): string[] {
  const days: string[] = [];
  const start = new Date(data.since);
  for (let i = 0; i < data.days; i++) {
    days.push(new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10));
  }
  return days;
}

/** Reviewers' and administrators' view of the queues, the time work takes, SLA breaches and what screening finds. */
export function DashboardPage() {
  const [days, setDays] = useState(30);
  const [loaded, setLoaded] = useState<{ status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: DashboardData }>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    getDashboard(days, controller.signal).then(
      (data) => setLoaded({ status: 'ready', data }),
      (error: unknown) => {
        if (!isAbort(error)) setLoaded({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [days]);

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <div className="page-title">
        <h1 id="dashboard-title">Dashboard</h1>
        <SelectField
          label="Period"
          value={String(days)}
          onChange={(event) => setDays(Number(event.target.value))}
          options={[
            { value: '7', label: 'Last 7 days' },
            { value: '30', label: 'Last 30 days' },
            { value: '90', label: 'Last 90 days' },
          ]}
        />
      </div>
      {loaded.status === 'loading' && <p role="status">Loading the figures…</p>}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ready' && <Charts data={loaded.data} />}
    </section>
  );
}

function Charts({ data }: { data: DashboardData }) {
  const dayList = windowDays(data);
  const categoriesFound = CATEGORIES.filter((category) => data.findingsByCategory.some((entry) => entry.category === category));
  const ruleTotals = new Map<string, number>();
  data.findingsByRule.forEach((entry) => ruleTotals.set(entry.ruleId, (ruleTotals.get(entry.ruleId) ?? 0) + entry.count));
  const topRules = [...ruleTotals.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_RULES).map(([rule]) => rule);
  const rulesShown = ruleTotals.size > TOP_RULES ? [...topRules, 'other rules'] : topRules;
  const ruleCount = (day: string, rule: string) =>
    data.findingsByRule
      .filter((entry) => entry.day === day && (rule === 'other rules' ? !topRules.includes(entry.ruleId) : entry.ruleId === rule))
      .reduce((sum, entry) => sum + entry.count, 0);
  const totalQueued = data.queues.reduce((sum, queue) => sum + queue.open, 0);
  const totalBreaches = data.slaBreaches.reduce((sum, entry) => sum + entry.count, 0);
  const totalFindings = data.findingsByCategory.reduce((sum, entry) => sum + entry.count, 0);
  const categoryLegend = categoriesFound.map((category, index) => ({ label: CATEGORY_LABELS[category].long, className: `chart__stack--${index % 9}` }));

  return (
    <>
      <p className="field__hint">
        Since {formatDateTime(data.since)} (queues: now, {formatDateTime(data.generatedAt)}).
      </p>
      <div className="dashboard__grid">
        <ChartFrame
          title="Open tasks per stage"
          summary={data.queues.length === 0 ? 'No task is open.' : `${plural(totalQueued, 'open task', 'open tasks')}: ${data.queues.map((queue) => `${taskLabel(queue.taskDefinitionKey)} ${queue.open}`).join(', ')}.`}
          table={{ columns: ['Stage', 'Open tasks'], rows: data.queues.map((queue) => [taskLabel(queue.taskDefinitionKey), queue.open]) }}
        >
          <HorizontalBars bars={data.queues.map((queue) => ({ label: taskLabel(queue.taskDefinitionKey), values: [queue.open] }))} series={['Open tasks']} />
        </ChartFrame>

        <ChartFrame
          title="Time in each stage (completed tasks)"
          summary={
            data.stageTimes.length === 0
              ? 'No task was completed in this period.'
              : data.stageTimes.map((stage) => `${taskLabel(stage.taskDefinitionKey)}: median ${formatDuration(stage.medianSeconds)}, 90th percentile ${formatDuration(stage.p90Seconds)} over ${plural(stage.completed, 'task', 'tasks')}`).join('; ') + '.'
          }
          legend={[
            { label: 'Median', className: 'chart__bar--0' },
            { label: '90th percentile (striped)', className: 'chart__bar--1 chart__swatch--striped' },
          ]}
          table={{
            columns: ['Stage', 'Completed', 'Median', '90th percentile'],
            rows: data.stageTimes.map((stage) => [taskLabel(stage.taskDefinitionKey), stage.completed, formatDuration(stage.medianSeconds), formatDuration(stage.p90Seconds)]),
          }}
        >
          <HorizontalBars bars={data.stageTimes.map((stage) => ({ label: taskLabel(stage.taskDefinitionKey), values: [stage.medianSeconds, stage.p90Seconds] }))} series={['Median', '90th percentile']} format={formatDuration} />
        </ChartFrame>

        <ChartFrame
          title="SLA breaches (escalations)"
          summary={totalBreaches === 0 ? 'No SLA was breached in this period.' : `${plural(totalBreaches, 'escalation', 'escalations')}: ${data.slaBreaches.map((entry) => `${STAGE_LABELS[entry.stage] ?? entry.stage} ${entry.count}`).join(', ')}.`}
          table={{ columns: ['Day', 'Escalations'], rows: data.slaBreachesPerDay.map((entry) => [entry.day, entry.count]) }}
        >
          <StackedColumns days={dayList} series={['breaches']} values={(day) => data.slaBreachesPerDay.find((entry) => entry.day === day)?.count ?? 0} />
        </ChartFrame>

        <ChartFrame
          title="Findings by category per day"
          summary={
            totalFindings === 0
              ? 'Screening found nothing in this period.'
              : `${plural(totalFindings, 'finding', 'findings')}: ${categoriesFound.map((category) => `${CATEGORY_LABELS[category].long} ${data.findingsByCategory.filter((entry) => entry.category === category).reduce((sum, entry) => sum + entry.count, 0)}`).join(', ')}.`
          }
          legend={categoryLegend}
          table={{ columns: ['Day', 'Category', 'Findings'], rows: data.findingsByCategory.map((entry) => [entry.day, CATEGORY_LABELS[entry.category].long, entry.count]) }}
        >
          <StackedColumns days={dayList} series={categoriesFound} values={(day, category) => data.findingsByCategory.find((entry) => entry.day === day && entry.category === category)?.count ?? 0} />
        </ChartFrame>

        <ChartFrame
          title="Findings by rule per day"
          summary={topRules.length === 0 ? 'No rule made a finding in this period.' : `Most findings: ${topRules.map((rule) => `${rule} ${ruleTotals.get(rule)}`).join(', ')}.`}
          legend={rulesShown.map((rule, index) => ({ label: rule, className: `chart__stack--${index % 9}` }))}
          table={{ columns: ['Day', 'Pack', 'Rule', 'Findings'], rows: data.findingsByRule.map((entry) => [entry.day, entry.pack, entry.ruleId, entry.count]) }}
        >
          <StackedColumns days={dayList} series={rulesShown} values={ruleCount} />
        </ChartFrame>

        <ChartFrame
          title="False-positive dismissals per rule"
          summary={
            data.dismissalsByRule.length === 0
              ? 'No finding has been dismissed as a false positive.'
              : data.dismissalsByRule.map((entry) => `${entry.ruleId}: ${entry.dismissals} of ${entry.findings} findings dismissed (${Math.round(entry.rate * 100)} %)`).join('; ') + '.'
          }
          table={{ columns: ['Pack', 'Rule', 'Findings', 'Dismissed', 'Share'], rows: data.dismissalsByRule.map((entry) => [entry.pack, entry.ruleId, entry.findings, entry.dismissals, `${Math.round(entry.rate * 100)} %`]) }}
        >
          <HorizontalBars bars={data.dismissalsByRule.map((entry) => ({ label: entry.ruleId, values: [entry.dismissals] }))} series={['Dismissals']} />
        </ChartFrame>
      </div>
    </>
  );
}
