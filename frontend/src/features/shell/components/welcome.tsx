import { Link } from 'react-router-dom';
import type { CurrentUser } from '@/types/current-user';
import { sectionsFor } from '../sections';

/** The landing page: greets the user and lists what their groups let them do. */
export function Welcome({ user }: { user: CurrentUser }) {
  const sections = sectionsFor(user.groups);
  return (
    <section aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome, {user.username}</h1>
      {sections.length > 0 ? (
        <>
          <p>Your groups let you:</p>
          <ul className="capabilities">
            {sections.map((section) => (
              <li key={section.id}>
                <Link to={section.path}>{section.label}</Link>
                {section.notYetAvailable && ' (not yet available)'}: {section.description}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Your groups ({user.groups.length > 0 ? user.groups.join(', ') : 'none'}) do not open any
          workspace. Ask an administrator to add you to the group you need.
        </p>
      )}
    </section>
  );
}
