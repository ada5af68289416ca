import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/alert';
import { ErrorAlert, errorMessage, problemHeading } from '@/components/ui/error-alert';
import { ApiError } from '@/lib/api-error';
import { uploadPack } from '../api/upload-pack';

/** The server's reason for refusing a pack, as it wrote it (a DRL error keeps its line breaks). */
function refusalOf(error: unknown): string | undefined {
  if (error instanceof ApiError && typeof error.body.error === 'string' && error.body.error !== error.message) {
    return error.body.error;
  }
  return undefined;
}

/** Upload a new pack version as a zip: validated like a change on disk; a refused zip changes nothing. */
export function UploadForm({ onUploaded }: { onUploaded: () => void }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();

  async function upload() {
    if (!file) {
      return;
    }
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await uploadPack(file);
      setNotice(`Uploaded ${file.name}: the pack was accepted and is reloading.`);
      setFile(undefined);
      if (input.current) {
        input.current.value = '';
      }
      onUploaded();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const refusal = refusalOf(error);
  return (
    <section aria-labelledby="upload-title" className="pack-upload">
      <h2 id="upload-title">Upload a pack version</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void upload();
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>Pack zip (one folder with pack.yaml, rules and examples)</label>
          <input
            id={inputId}
            ref={input}
            type="file"
            accept=".zip,application/zip"
            onChange={(event) => setFile(event.target.files?.[0] ?? undefined)}
          />
        </div>
        <Button type="submit" disabled={busy || !file}>
          {busy ? 'Uploading…' : 'Upload'}
        </Button>
      </form>
      <p role="status" className="rule-console__notice">
        {notice}
      </p>
      {error !== undefined && !refusal && <ErrorAlert error={error} />}
      {refusal && (
        <Alert>
          <strong className="alert__title">{problemHeading(error)}</strong>
          {/* The detail usually ends with the error itself: say it once, with its line breaks kept. */}
          <span className="alert__detail">{errorMessage(error).replace(refusal, '').trim()}</span>
          <pre className="pack-error" aria-label="Why the pack was refused">
            {refusal}
          </pre>
        </Alert>
      )}
    </section>
  );
}
