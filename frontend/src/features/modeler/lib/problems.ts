import { ApiError } from '@/lib/api-error';
import type { ValidationProblem } from '../types';

/** The problems of a refused deployment (422 problem detail with `problems`), or undefined for any other failure. */
export function problemsOf(error: unknown): ValidationProblem[] | undefined {
  if (!(error instanceof ApiError) || !Array.isArray(error.body.problems)) {
    return undefined;
  }
  return (error.body.problems as Partial<ValidationProblem>[]).map((problem) => ({
    elementId: problem.elementId ?? null,
    rule: problem.rule ?? 'problem',
    message: problem.message ?? '',
  }));
}
