/**
 * An RFC 9457 problem detail (or a plain HTTP failure) turned into something a component can show.
 * `message` is the server's `detail`, else its `title`, else a generic sentence: never a stack trace.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;

  constructor(status: number, problem: Partial<ProblemDetail> = {}) {
    super(problem.detail || problem.title || `The server answered with status ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
  }
}

export type ProblemDetail = {
  type: string;
  title: string;
  status: number;
  detail: string;
};
