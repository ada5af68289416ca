/**
 * An RFC 9457 problem detail (or a plain HTTP failure) turned into something a component can show.
 * `message` is the server's `detail`, else its `title`, else a generic sentence: never a stack trace.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;
  /** The whole problem body, with its extension members (e.g. a refused deployment's `problems`). */
  readonly body: Partial<ProblemDetail> & Record<string, unknown>;

  constructor(status: number, problem: Partial<ProblemDetail> & Record<string, unknown> = {}) {
    super(problem.detail || problem.title || `The server answered with status ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.body = problem;
  }
}

export type ProblemDetail = {
  type: string;
  title: string;
  status: number;
  detail: string;
};
