import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { listIncidents } from '@/api/incidents/list-incidents';
import { INCIDENTS_CHANGED } from '@/lib/incident-events';
import type { Incident } from '@/types/incident';
import { PLATFORM_NAMES } from '@/types/screening';

const POLL_MS = 30_000;

/** On every screen while an incident is open: what it is, what it covers, and that publications are held. */
export function IncidentBanner({ showConsoleLink }: { showConsoleLink: boolean }) {
  const [open, setOpen] = useState<Incident[]>([]);

  useEffect(() => {
    let controller = new AbortController();
    const refresh = () => {
      controller.abort();
      controller = new AbortController();
      // The banner is a hint: a failed poll keeps what it showed, and the next one may succeed.
      listIncidents('OPEN', controller.signal).then(setOpen, () => undefined);
    };
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    window.addEventListener(INCIDENTS_CHANGED, refresh);
    return () => {
      controller.abort();
      clearInterval(timer);
      window.removeEventListener(INCIDENTS_CHANGED, refresh);
    };
  }, []);

  if (open.length === 0) {
    return null;
  }
  return (
    <section className="incident-banner" aria-label="Open crisis incidents">
      <span className="incident-banner__icon" aria-hidden="true">
        ⚠
      </span>
      <div>
        {open.map((incident) => (
          <p key={incident.id} className="incident-banner__line">
            <strong>Crisis incident open ({incident.severity.toLowerCase()}): {incident.title}.</strong>{' '}
            Publications on {incident.allPlatforms ? 'all platforms' : incident.platforms.map((platform) => PLATFORM_NAMES[platform]).join(', ')} are held
            {incident.heldNow > 0 ? ` (${incident.heldNow} now)` : ''}.
          </p>
        ))}
      </div>
      {showConsoleLink && <Link to="/crisis">Crisis console</Link>}
    </section>
  );
}
