import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/text-field';
import { isAbort } from '@/lib/api-client';
import { formatDateTime, fromLocalInputValue } from '@/lib/format';
import { CONSENT_USES, type Consent, type ConsentUse } from '@/types/consent';
import type { CurrentUser } from '@/types/current-user';
import { PLATFORM_NAMES, PLATFORMS, type Platform } from '@/types/screening';
import { listConsents } from '../api/list-consents';
import { recordConsent } from '../api/record-consent';
import { revokeConsent } from '../api/revoke-consent';

const USE_LABELS: Record<ConsentUse, string> = { STORY: 'Patient story', PHOTO: 'Photo', NAME: 'Name', VIDEO: 'Video' };
const MANAGING_GROUPS = ['compliance', 'admins'];

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; consents: Consent[] };

/** The patient consent registry: every consent with its scope and state; compliance records and revokes them. */
export function ConsentRegistryPage({ user }: { user: CurrentUser }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string>();
  const reload = useCallback(() => setReloads((count) => count + 1), []);
  const manages = user.groups.some((group) => MANAGING_GROUPS.includes(group));

  useEffect(() => {
    const controller = new AbortController();
    listConsents(controller.signal).then(
      (consents) => setLoaded({ status: 'ready', consents }),
      (error: unknown) => {
        if (!isAbort(error)) setLoaded({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [reloads]);

  const done = (message: string) => {
    setNotice(message);
    reload();
  };

  return (
    <section aria-labelledby="consents-title" className="consents">
      <h1 id="consents-title">Consent registry</h1>
      <p role="status" className="inbox__notice">
        {notice}
      </p>
      {manages && <RecordForm onRecorded={(consent) => done(`Recorded consent ${consent.id}: ${consent.label}.`)} />}
      {loaded.status === 'loading' && <p role="status">Loading consents…</p>}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ready' &&
        (loaded.consents.length === 0 ? (
          <p>No consent is recorded yet.</p>
        ) : (
          <ul className="consent-list" aria-label="Consents">
            {loaded.consents.map((consent) => (
              <ConsentItem key={consent.id} consent={consent} manages={manages} onRevoked={() => done(`Revoked consent ${consent.id}; posts relying on it go back to review.`)} />
            ))}
          </ul>
        ))}
    </section>
  );
}

function ConsentItem({ consent, manages, onRevoked }: { consent: Consent; manages: boolean; onRevoked: () => void }) {
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState(false);

  async function revoke(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setError(undefined);
    try {
      await revokeConsent(consent.id, reason.trim());
      onRevoked();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <li className="consent-list__item" aria-label={`Consent ${consent.id}: ${consent.label}`}>
      <strong>
        {consent.id}. {consent.label}
      </strong>{' '}
      <span className={`consent-status consent-status--${consent.status.toLowerCase()}`}>{consent.status.toLowerCase()}</span>
      <br />
      {consent.uses.map((use) => USE_LABELS[use] ?? use).join(', ')} on {consent.channels.map((channel) => PLATFORM_NAMES[channel]).join(', ')};{' '}
      {consent.expiresAt ? `until ${formatDateTime(consent.expiresAt)}` : 'no expiry'}. Recorded by {consent.recordedBy}, {formatDateTime(consent.recordedAt)}.
      {consent.patientRef && <> Patient {consent.patientRef}.</>}
      {consent.documentRef && <> Signed form: {consent.documentRef}.</>}
      {consent.revokedAt && (
        <>
          {' '}
          Revoked {formatDateTime(consent.revokedAt)}
          {consent.revocationReason ? `: ${consent.revocationReason}` : ''}.
        </>
      )}
      {manages && consent.status !== 'REVOKED' && !revoking && (
        <div>
          <Button variant="secondary" className="button--small" onClick={() => setRevoking(true)} aria-label={`Revoke consent ${consent.id}`}>
            Revoke
          </Button>
        </div>
      )}
      {revoking && (
        <form className="dismiss-form" onSubmit={(event) => void revoke(event)} aria-label={`Revoke consent ${consent.id}`}>
          <TextField
            label="Reason for revoking"
            value={reason}
            aria-invalid={missing || undefined}
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(false);
            }}
          />
          {missing && (
            <p className="field__error" role="alert">
              Say why the consent is revoked.
            </p>
          )}
          {error !== undefined && <ErrorAlert error={error} />}
          <div className="dismiss-form__actions">
            <Button type="submit" className="button--small">
              Revoke consent
            </Button>
            <Button variant="secondary" className="button--small" onClick={() => setRevoking(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}

function RecordForm({ onRecorded }: { onRecorded: (consent: Consent) => void }) {
  const [label, setLabel] = useState('');
  const [patientRef, setPatientRef] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [uses, setUses] = useState<ConsentUse[]>([]);
  const [channels, setChannels] = useState<Platform[]>([]);
  const [expires, setExpires] = useState('');
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = [!label.trim() && 'a label', !patientRef.trim() && 'the patient reference', uses.length === 0 && 'at least one use', channels.length === 0 && 'at least one platform'].filter(Boolean);
    if (missing.length > 0) {
      setProblem(`Give ${missing.join(', ')}.`);
      return;
    }
    setProblem(undefined);
    setError(undefined);
    setBusy(true);
    try {
      const consent = await recordConsent({ label: label.trim(), patientRef: patientRef.trim(), documentRef: documentRef.trim() || undefined, uses, channels, expiresAt: fromLocalInputValue(expires) });
      setLabel('');
      setPatientRef('');
      setDocumentRef('');
      setUses([]);
      setChannels([]);
      setExpires('');
      onRecorded(consent);
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
  }

  return (
    <form className="panel declare-form" onSubmit={(event) => void submit(event)} aria-labelledby="record-consent-title">
      <h2 id="record-consent-title">Record a consent</h2>
      <TextField label="Label (what authors pick)" value={label} maxLength={200} onChange={(event) => setLabel(event.target.value)} />
      <TextField label="Patient reference" value={patientRef} maxLength={200} onChange={(event) => setPatientRef(event.target.value)} />
      <TextField label="Signed form (document reference)" value={documentRef} maxLength={500} onChange={(event) => setDocumentRef(event.target.value)} />
      <fieldset className="platform-choice">
        <legend>Covers</legend>
        {CONSENT_USES.map((use) => (
          <Checkbox key={use} label={USE_LABELS[use]} checked={uses.includes(use)} onChange={(event) => setUses((before) => (event.target.checked ? [...before, use] : before.filter((u) => u !== use)))} />
        ))}
      </fieldset>
      <fieldset className="platform-choice">
        <legend>On platforms</legend>
        {PLATFORMS.map((platform) => (
          <Checkbox
            key={platform}
            label={PLATFORM_NAMES[platform]}
            checked={channels.includes(platform)}
            onChange={(event) => setChannels((before) => (event.target.checked ? [...before, platform] : before.filter((p) => p !== platform)))}
          />
        ))}
      </fieldset>
      <TextField label="Expires (optional)" type="datetime-local" value={expires} onChange={(event) => setExpires(event.target.value)} />
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      <Button type="submit" disabled={busy}>
        Record consent
      </Button>
    </form>
  );
}
