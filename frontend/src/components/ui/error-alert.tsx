import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api-error';
import { Alert } from './alert';

/** Friendlier headings for the backend's stable problem types (urn:clearance:problem:<slug>). */
const PROBLEM_HEADINGS: Record<string, string> = {
  'segregation-of-duties': 'Segregation of duties',
  'stale-version': 'Someone changed this post in the meantime',
  'concurrent-change': 'Someone changed this at the same moment',
  'task-claimed': 'Claimed by someone else',
  'task-completed': 'Already decided',
  'comment-required': 'A comment is needed',
  'not-a-candidate': 'Not offered to your groups',
  'not-the-assignee': 'Claimed by someone else',
  'not-the-author': 'Only the author may do this',
  'not-an-author': 'Only authors write posts',
  'invalid-escalation': 'Cannot send this to legal',
  'rule-pack-refused': 'Rule pack refused',
  'rules-read-only': 'The rule packs cannot be changed here',
  'not-a-zip': 'Not a zip file',
  'unsafe-zip-entry': 'Unsafe zip entry',
  'zip-too-large': 'Zip too large',
  'missing-manifest': 'No pack.yaml in the zip',
  'migration-refused': 'Migration refused',
  'token-key-missing': 'No token key on the server',
  'takedown-failed': 'Take-down not finished',
  'unknown-account': 'Unknown account',
  'account-platform-mismatch': 'Account not on the post\'s platforms',
  'schedule-in-past': 'That time has passed',
  'invalid-choice': 'Choose one',
};

export function problemHeading(error: unknown): string {
  if (error instanceof ApiError) {
    const slug = error.type?.split(':').pop() ?? '';
    return PROBLEM_HEADINGS[slug] ?? error.title ?? `Error ${error.status}`;
  }
  return 'Something went wrong';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A server error (RFC 9457 problem detail) or any other failure, as a readable message with a heading. */
export function ErrorAlert({ error, children }: { error: unknown; children?: ReactNode }) {
  return (
    <Alert>
      <strong className="alert__title">{problemHeading(error)}</strong>
      <span className="alert__detail">{errorMessage(error)}</span>
      {children}
    </Alert>
  );
}
