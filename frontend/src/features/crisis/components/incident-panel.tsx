import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { formatDateTime } from '@/lib/format';
import { announceIncidentsChanged } from '@/lib/incident-events';
import { INCIDENT_SEVERITIES, type HeldPostsRelease, type Incident, type IncidentSeverity } from '@/types/incident';
import { PLATFORM_NAMES, PLATFORMS, type Platform } from '@/types/screening';
import { closeIncident } from '../api/close-incident';
import { declareIncident } from '../api/declare-incident';

const SEVERITY_LABELS: Record<IncidentSeverity, string> = { MINOR: 'Minor', MAJOR: 'Major', CRITICAL: 'Critical' };

export function scopeOf(incident: Incident): string {
  return incident.allPlatforms ? 'all platforms' : incident.platforms.map((platform) => PLATFORM_NAMES[platform]).join(', ');
}

/** Open incidents with a way to close each, and the form to declare a new one. */
export function IncidentPanel({ incidents, onChanged }: { incidents: Incident[]; onChanged: (notice: string) => void }) {
  return (
    <section aria-labelledby="incidents-title" className="panel crisis-incidents">
      <h2 id="incidents-title">Incidents</h2>
      {incidents.length === 0 ? (
        <p>No incident is open. Scheduled posts publish as usual.</p>
      ) : (
        <ul className="incident-list">
          {incidents.map((incident) => (
            <OpenIncident key={incident.id} incident={incident} onClosed={onChanged} />
          ))}
        </ul>
      )}
      <DeclareForm onDeclared={onChanged} />
    </section>
  );
}

function OpenIncident({ incident, onClosed }: { incident: Incident; onClosed: (notice: string) => void }) {
  const [release, setRelease] = useState<HeldPostsRelease>('PUBLISH_NOW');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function close() {
    setBusy(true);
    setError(undefined);
    try {
      const closed = await closeIncident(incident.id, release);
      announceIncidentsChanged();
      onClosed(`Closed incident “${closed.title}”.`);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }
  return (
    <li className="incident" aria-label={`Incident ${incident.title}`}>
      <p className="incident__title">
        <span className={`severity severity--${incident.severity.toLowerCase()}`}>{SEVERITY_LABELS[incident.severity]}</span>{' '}
        <strong>{incident.title}</strong>
      </p>
      <p className="field__hint">
        Declared by {incident.declaredBy}, {formatDateTime(incident.declaredAt)}; covers {scopeOf(incident)}; {incident.heldNow}{' '}
        {incident.heldNow === 1 ? 'publication' : 'publications'} held.
      </p>
      <div className="incident__close">
        <SelectField
          label="Held publications when closing"
          value={release}
          onChange={(event) => setRelease(event.target.value as HeldPostsRelease)}
          options={[
            { value: 'PUBLISH_NOW', label: 'Publish them now' },
            { value: 'BACK_TO_AUTHORS', label: 'Send them back to their authors' },
          ]}
        />
        <Button variant="secondary" onClick={() => void close()} disabled={busy} aria-label={`Close incident ${incident.title}`}>
          Close incident
        </Button>
      </div>
      {error !== undefined && <ErrorAlert error={error} />}
    </li>
  );
}

function DeclareForm({ onDeclared }: { onDeclared: (notice: string) => void }) {
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<IncidentSeverity>('MAJOR');
  const [allPlatforms, setAllPlatforms] = useState(true);
  const [platforms, setPlatforms] = useState<Platform[]>([]);
  const [error, setError] = useState<unknown>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setProblem('Give the incident a title.');
      return;
    }
    if (!allPlatforms && platforms.length === 0) {
      setProblem('Choose the platforms the incident covers, or all of them.');
      return;
    }
    setProblem(undefined);
    setError(undefined);
    setBusy(true);
    try {
      const incident = await declareIncident(allPlatforms ? { title: title.trim(), severity, allPlatforms: true } : { title: title.trim(), severity, platforms });
      setTitle('');
      announceIncidentsChanged();
      onDeclared(`Declared incident “${incident.title}”. Publications on ${scopeOf(incident)} are held while it is open.`);
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
  }

  return (
    <form className="declare-form" onSubmit={(event) => void submit(event)} aria-labelledby="declare-title">
      <h3 id="declare-title">Declare an incident</h3>
      <TextField label="Title" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
      <SelectField
        label="Severity"
        value={severity}
        onChange={(event) => setSeverity(event.target.value as IncidentSeverity)}
        options={INCIDENT_SEVERITIES.map((value) => ({ value, label: SEVERITY_LABELS[value] }))}
      />
      <fieldset className="platform-choice">
        <legend>Platforms</legend>
        <Checkbox label="All platforms" checked={allPlatforms} onChange={(event) => setAllPlatforms(event.target.checked)} />
        {!allPlatforms &&
          PLATFORMS.map((platform) => (
            <Checkbox
              key={platform}
              label={PLATFORM_NAMES[platform]}
              checked={platforms.includes(platform)}
              onChange={(event) => setPlatforms((before) => (event.target.checked ? [...before, platform] : before.filter((p) => p !== platform)))}
            />
          ))}
      </fieldset>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      <Button type="submit" disabled={busy}>
        Declare incident
      </Button>
    </form>
  );
}
