import { severityRank, type Finding } from '@/types/screening';

/** In reading order: by start, then the longer span first, then the more serious finding first. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) => a.start - b.start || b.end - a.end || severityRank(b.severity) - severityRank(a.severity) || a.ruleId.localeCompare(b.ruleId),
  );
}

/** Stable identity of a finding within one text. */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  return `${finding.ruleId}@${finding.start}-${finding.end}`;
}

/** The most serious of the findings (the first one on a tie). */
export function mostSerious<T extends Finding>(findings: readonly T[]): T | undefined {
  return findings.reduce<T | undefined>(
    (worst, finding) => (!worst || severityRank(finding.severity) > severityRank(worst.severity) ? finding : worst),
    undefined,
  );
}

export function kebab(value: string): string {
  return value.toLowerCase().replaceAll('_', '-');
}
