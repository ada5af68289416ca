import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { PLATFORM_NAMES, PLATFORMS, type Platform } from '@/types/screening';
import { fillTemplate } from '../api/fill-template';
import type { CrisisTemplate } from '../api/list-templates';
import { submitPost } from '@/api/posts/submit-post';
import { fillText } from '../lib/fill-text';

/** X counts 280 characters; the templates are written to fit. */
const X_LIMIT = 280;

/** A crisis update from a pre-approved template: fill in the placeholders, choose platforms, send for its one approval. */
export function UpdateComposer({ templates, onSent }: { templates: CrisisTemplate[]; onSent: (postId: number) => void }) {
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const template = templates.find((candidate) => candidate.id === templateId);
  const [values, setValues] = useState<Record<string, string>>({});
  const [platforms, setPlatforms] = useState<Platform[]>(['TWITTER', 'FACEBOOK']);
  const [error, setError] = useState<unknown>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!templateId && templates[0]) {
      setTemplateId(templates[0].id);
    }
  }, [templates, templateId]);

  if (!template) {
    return <p>No crisis templates are available.</p>;
  }
  const text = fillText(template.text, values);
  const missing = template.placeholders.filter((placeholder) => !values[placeholder.name]?.trim());

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!template) return;
    if (missing.length > 0) {
      setProblem(`Fill in: ${missing.map((placeholder) => placeholder.label).join(', ')}.`);
      return;
    }
    if (platforms.length === 0) {
      setProblem('Choose at least one platform.');
      return;
    }
    setProblem(undefined);
    setError(undefined);
    setBusy(true);
    try {
      const update = await fillTemplate(template.id, values, platforms);
      await submitPost(update.id);
      setValues({});
      onSent(update.id);
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
  }

  return (
    <form className="panel update-composer" onSubmit={(event) => void send(event)} aria-labelledby="update-title">
      <h2 id="update-title">Crisis update from a template</h2>
      <SelectField
        label="Template"
        value={template.id}
        onChange={(event) => {
          setTemplateId(event.target.value);
          setValues({});
        }}
        options={templates.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
      />
      <p className="field__hint">{template.description}</p>
      {template.placeholders.map((placeholder) => (
        <TextField
          key={placeholder.name}
          label={placeholder.label}
          placeholder={`e.g. ${placeholder.example}`}
          value={values[placeholder.name] ?? ''}
          maxLength={300}
          onChange={(event) => setValues((before) => ({ ...before, [placeholder.name]: event.target.value }))}
        />
      ))}
      <fieldset className="platform-choice">
        <legend>Publish on</legend>
        {PLATFORMS.map((platform) => (
          <Checkbox
            key={platform}
            label={PLATFORM_NAMES[platform]}
            checked={platforms.includes(platform)}
            onChange={(event) => setPlatforms((before) => (event.target.checked ? [...before, platform] : before.filter((p) => p !== platform)))}
          />
        ))}
      </fieldset>
      <div className="update-composer__preview">
        <h3>Preview</h3>
        <p className="update-composer__text" aria-label="Update text">
          {text}
        </p>
        <p className={text.length > X_LIMIT && platforms.includes('TWITTER') ? 'field__error' : 'field__hint'}>
          {text.length} characters{platforms.includes('TWITTER') ? ` (X allows ${X_LIMIT})` : ''}
        </p>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      <Button type="submit" disabled={busy}>
        Send for approval
      </Button>
    </form>
  );
}
