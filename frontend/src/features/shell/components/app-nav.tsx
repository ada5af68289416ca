import { NavLink } from 'react-router-dom';
import type { Section } from '../sections';

export function AppNav({ sections }: { sections: readonly Section[] }) {
  if (sections.length === 0) {
    return null;
  }
  return (
    <nav aria-label="Main" className="app-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <NavLink to={section.path}>
              {section.label}
              {section.notYetAvailable && <span className="app-nav__soon"> (not yet available)</span>}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
