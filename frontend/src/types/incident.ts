import type { Platform } from './screening';

export const INCIDENT_SEVERITIES = ['MINOR', 'MAJOR', 'CRITICAL'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export type HeldPostsRelease = 'PUBLISH_NOW' | 'BACK_TO_AUTHORS';

/** A crisis incident as GET /api/incidents returns it (docs/crisis.md). */
export type Incident = {
  id: number;
  title: string;
  severity: IncidentSeverity;
  allPlatforms: boolean;
  platforms: Platform[];
  status: 'OPEN' | 'CLOSED';
  declaredBy: string;
  declaredAt: string;
  closedBy: string | null;
  closedAt: string | null;
  heldPostsRelease: HeldPostsRelease | null;
  /** Publications this incident holds right now. */
  heldNow: number;
  holds: { postId: number; heldAt: string; releasedAt: string | null; release: string | null }[];
  version: number;
};
