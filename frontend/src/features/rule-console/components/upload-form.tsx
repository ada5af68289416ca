import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { uploadPack } from '../api/upload-pack';
import { PackChangeOutcome } from './pack-refusal';
import { usePackChange } from './use-pack-change';

/** Upload a new pack version as a zip: validated like a change on disk; a refused zip changes nothing. */
export function UploadForm({ onUploaded }: { onUploaded: () => void }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const { busy, notice, error, run } = usePackChange();

  function upload() {
    if (!file) {
      return;
    }
    void run(async () => {
      await uploadPack(file);
      setFile(undefined);
      if (input.current) {
        input.current.value = '';
      }
      onUploaded();
      return `Uploaded ${file.name}: the pack was accepted and is reloading.`;
    });
  }

  return (
    <section aria-labelledby="upload-title" className="pack-upload">
      <h2 id="upload-title">Upload a pack version</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          upload();
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
      <PackChangeOutcome notice={notice} error={error} />
    </section>
  );
}
