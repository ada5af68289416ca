import '../modeler.css';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { isAbort } from '@/lib/api-client';
import { downloadFile } from '@/lib/download';
import { formatDateTime } from '@/lib/format';
import { useLeaveGuard } from '@/lib/use-leave-guard';
import { createDraft } from '../api/create-draft';
import { deleteDraft } from '../api/delete-draft';
import { deployDraft } from '../api/deploy-draft';
import { deployProcess } from '../api/deploy-process';
import { getDraft } from '../api/get-draft';
import { getElementTemplates } from '../api/get-element-templates';
import { getProcess } from '../api/get-process';
import { updateDraft } from '../api/update-draft';
import { validateProcess } from '../api/validate-process';
import { problemsOf } from '../lib/problems';
import type { ProcessDetail, ProcessDraft, ValidationProblem } from '../types';
import type { EditorHandle } from './bpmn-editor';
import { ProblemList } from './problem-list';

// bpmn-js and its panels are most of the modeler's weight: they load when a diagram is shown.
const BpmnEditor = lazy(() => import('./bpmn-editor').then((module) => ({ default: module.BpmnEditor })));
const DiffView = lazy(() => import('./diff-view').then((module) => ({ default: module.DiffView })));

const diagramLoading = (
  <p role="status" className="loading">
    Loading the diagram editor…
  </p>
);

type Opened = {
  /** The XML the editor opened with. */
  xml: string;
  key: string;
  /** The deployed version the edit started from (the diff compares against it). */
  base: ProcessDetail | null;
  draft: ProcessDraft | null;
  templates: unknown[];
  templatesError?: unknown;
};

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; opened: Opened };

type Checked = { source: 'validation' | 'deployment'; problems: ValidationProblem[] } | undefined;

function processKeyOf(xml: string): string | undefined {
  return /<(?:\w+:)?process\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1];
}

async function templatesOrNone(signal: AbortSignal): Promise<{ templates: unknown[]; templatesError?: unknown }> {
  try {
    return { templates: await getElementTemplates(signal) };
  } catch (error) {
    if (isAbort(error)) {
      throw error;
    }
    return { templates: [], templatesError: error };
  }
}

async function open(definitionId: string | undefined, draftId: string | undefined, signal: AbortSignal): Promise<Opened> {
  const templates = await templatesOrNone(signal);
  if (draftId) {
    const draft = await getDraft(draftId, signal);
    const base = draft.basedOnDefinitionId ? await getProcess(draft.basedOnDefinitionId, signal).catch(() => null) : null;
    return { xml: draft.xml, key: draft.key, base, draft, ...templates };
  }
  const base = await getProcess(definitionId!, signal);
  return { xml: base.xml, key: base.key, base, draft: null, ...templates };
}

/**
 * /processes/:definitionId/edit (a deployed version opened for editing) and /processes/drafts/:draftId (a saved
 * draft): the modeler, with save as draft, server validation, a visual diff against the deployed version, export
 * and deployment.
 */
export function ProcessEditorPage() {
  const { definitionId, draftId } = useParams();
  const navigate = useNavigate();
  const editor = useRef<EditorHandle>(null);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [draft, setDraft] = useState<ProcessDraft | null>(null);
  const [name, setName] = useState('');
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [actionError, setActionError] = useState<unknown>();
  const [checked, setChecked] = useState<Checked>();
  const [comparing, setComparing] = useState<string>();
  const [deploying, setDeploying] = useState(false);
  const [comment, setComment] = useState('');
  const [templateErrors, setTemplateErrors] = useState<string[]>([]);
  const allowLeave = useLeaveGuard(dirty);

  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ status: 'loading' });
    open(definitionId, draftId, controller.signal).then(
      (opened) => {
        setLoaded({ status: 'ready', opened });
        setDraft(opened.draft);
        setName(opened.draft?.name ?? `${opened.base?.name ?? opened.key} (edited)`);
        setDirty(false);
      },
      (error: unknown) => !isAbort(error) && setLoaded({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [definitionId, draftId]);

  const onChange = useCallback(() => setDirty(true), []);
  const onTemplateErrors = useCallback((messages: string[]) => setTemplateErrors(messages), []);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setActionError(undefined);
    setNotice(undefined);
    try {
      await action();
    } catch (error) {
      const problems = problemsOf(error);
      if (problems) {
        setChecked({ source: 'deployment', problems });
        editor.current?.markProblems(problems.flatMap((problem) => (problem.elementId ? [problem.elementId] : [])));
      }
      setActionError(error);
    } finally {
      setBusy(false);
    }
  }

  if (loaded.status === 'loading') {
    return <p role="status">Opening the modeler…</p>;
  }
  if (loaded.status === 'error') {
    return <ErrorAlert error={loaded.error} />;
  }
  const { opened } = loaded;

  /** Saves the diagram as a draft (a new one the first time) and returns it. */
  async function save(): Promise<ProcessDraft> {
    const xml = await editor.current!.saveXml();
    const saved = draft
      ? await updateDraft(String(draft.id), { name, xml, version: draft.version })
      : await createDraft({ name, xml, basedOnDefinitionId: opened.base?.definitionId });
    setDraft(saved);
    setDirty(false);
    return saved;
  }

  const saveDraft = () =>
    run(async () => {
      const wasNew = !draft;
      const saved = await save();
      setNotice(`Saved the draft “${saved.name}” at ${formatDateTime(saved.updatedAt)}.`);
      if (wasNew) {
        // The address now names the draft, so a reload opens it (the editor keeps its state: same page).
        window.history.replaceState(window.history.state, '', `/processes/drafts/${encodeURIComponent(String(saved.id))}`);
      }
    });

  const validate = () =>
    run(async () => {
      const result = await validateProcess(await editor.current!.saveXml());
      setChecked({ source: 'validation', problems: result.problems });
      editor.current!.markProblems(result.problems.flatMap((problem) => (problem.elementId ? [problem.elementId] : [])));
      setNotice(result.valid ? 'The server found no problem: this diagram can be deployed.' : undefined);
    });

  const compare = () =>
    run(async () => {
      setComparing(await editor.current!.saveXml());
    });

  const exportXml = () =>
    run(async () => {
      const xml = await editor.current!.saveXml();
      downloadFile(`${processKeyOf(xml) ?? opened.key}.bpmn`, xml, 'application/xml');
    });

  const deploy = () =>
    run(async () => {
      const note = comment.trim() || undefined;
      let deployed;
      if (draft) {
        const saved = dirty ? await save() : draft;
        deployed = await deployDraft(String(saved.id), note);
      } else {
        const xml = await editor.current!.saveXml();
        deployed = await deployProcess({ xml, fileName: `${processKeyOf(xml) ?? opened.key}.bpmn`, comment: note });
      }
      allowLeave();
      navigate('/processes', { state: { notice: `Deployed ${deployed.key} version ${deployed.version}.` } });
    });

  const discard = () =>
    run(async () => {
      if (draft) {
        await deleteDraft(String(draft.id));
      }
      allowLeave();
      navigate('/processes', { state: { notice: draft ? `Deleted the draft “${draft.name}”.` : undefined } });
    });

  const heading = draft ? `Draft: ${draft.name}` : `Editing ${opened.base?.name ?? opened.key}, version ${opened.base?.version}`;

  return (
    <section aria-labelledby="editor-title" className="process-editor">
      <p className="back-link">
        <Link to="/processes">← All processes</Link>
      </p>
      <div className="page-title">
        <h1 id="editor-title">{heading}</h1>
        <span className="muted" role="status">
          {dirty ? 'Unsaved changes' : draft ? 'All changes saved' : 'No changes yet'}
        </span>
      </div>
      <div className="process-editor__toolbar" role="toolbar" aria-label="Diagram actions">
        <TextField label="Draft name" value={name} onChange={(event) => setName(event.target.value)} className="process-editor__name" />
        <Button onClick={() => void saveDraft()} disabled={busy || !name.trim()}>
          {draft ? 'Save draft' : 'Save as draft'}
        </Button>
        <Button variant="secondary" onClick={() => void validate()} disabled={busy}>
          Validate
        </Button>
        <Button variant="secondary" onClick={() => void compare()} disabled={busy || !opened.base} aria-pressed={comparing !== undefined}>
          Compare with deployed
        </Button>
        <Button variant="secondary" onClick={() => void exportXml()} disabled={busy}>
          Export BPMN
        </Button>
        <Button variant="secondary" onClick={() => setDeploying(true)} disabled={busy} aria-expanded={deploying}>
          Deploy…
        </Button>
        <Button variant="secondary" className="button--danger" onClick={() => void discard()} disabled={busy}>
          {draft ? 'Delete draft' : 'Discard'}
        </Button>
      </div>

      {deploying && (
        <form
          className="process-editor__deploy"
          aria-label="Deploy a new version"
          onSubmit={(event) => {
            event.preventDefault();
            void deploy();
          }}
        >
          <TextareaField
            label="Deployment comment"
            hint="Why this version: it is kept with the deployment in the audit trail."
            value={comment}
            rows={2}
            onChange={(event) => setComment(event.target.value)}
          />
          <div className="process-editor__deploy-actions">
            <Button type="submit" disabled={busy}>
              Deploy new version
            </Button>
            <Button variant="secondary" onClick={() => setDeploying(false)}>
              Cancel
            </Button>
          </div>
          <p className="field__hint">The server validates first; a refused diagram deploys nothing and lists its problems here.</p>
        </form>
      )}

      <p role="status" className="processes__notice">
        {notice}
      </p>
      {actionError !== undefined && <ErrorAlert error={actionError} />}
      {opened.templatesError !== undefined && (
        <p className="muted" role="note">
          Element templates could not be loaded ({String((opened.templatesError as Error).message ?? opened.templatesError)}); the modeler works without them.
        </p>
      )}
      {templateErrors.length > 0 && (
        <details className="process-editor__template-errors" role="note">
          <summary>
            {templateErrors.length} element {templateErrors.length === 1 ? 'template was' : 'templates were'} refused by the modeler and
            {templateErrors.length === 1 ? ' is' : ' are'} not offered
          </summary>
          <ul>
            {templateErrors.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </details>
      )}
      {checked && (
        <ProblemList
          problems={checked.problems}
          title={checked.source === 'validation' ? 'Validation' : 'Deployment refused'}
          onShow={(elementId) => editor.current?.select(elementId) ?? false}
        />
      )}

      <Suspense fallback={diagramLoading}>
        <div hidden={comparing !== undefined}>
          <BpmnEditor ref={editor} xml={opened.xml} templates={opened.templates} onChange={onChange} onTemplateErrors={onTemplateErrors} />
        </div>
        {comparing !== undefined && opened.base && (
          <DiffView before={opened.base.xml} after={comparing} beforeLabel={`Deployed version ${opened.base.version}`} onClose={() => setComparing(undefined)} />
        )}
      </Suspense>
    </section>
  );
}
