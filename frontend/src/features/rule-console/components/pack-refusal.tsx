import { Alert } from '@/components/ui/alert';
import { ErrorAlert, errorMessage, problemHeading } from '@/components/ui/error-alert';
import { ApiError } from '@/lib/api-error';

/** The server's reason for refusing a pack, as it wrote it (a DRL error keeps its line breaks). */
function refusalOf(error: unknown): string | undefined {
  if (error instanceof ApiError && typeof error.body.error === 'string' && error.body.error !== error.message) {
    return error.body.error;
  }
  return undefined;
}

/** A failed change of a pack: the refusal with its reason kept readable, or any other error as usual. */
function PackRefusal({ error }: { error: unknown }) {
  const refusal = refusalOf(error);
  if (!refusal) {
    return <ErrorAlert error={error} />;
  }
  return (
    <Alert>
      <strong className="alert__title">{problemHeading(error)}</strong>
      {/* The detail usually ends with the error itself: say it once, with its line breaks kept. */}
      <span className="alert__detail">{errorMessage(error).replace(refusal, '').trim()}</span>
      <pre className="pack-error" aria-label="Why the pack was refused">
        {refusal}
      </pre>
    </Alert>
  );
}

/** What became of a pack change sent from a form: the notice it returned, or why it failed. */
export function PackChangeOutcome({ notice, error }: { notice?: string; error: unknown }) {
  return (
    <>
      <p role="status" className="rule-console__notice">
        {notice}
      </p>
      {error !== undefined && <PackRefusal error={error} />}
    </>
  );
}
