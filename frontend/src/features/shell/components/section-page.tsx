import type { Section } from '../sections';

/** The page a navigation entry leads to: the section's name and what it is for (and, for now, what is missing). */
export function SectionPage({ section }: { section: Section }) {
  return (
    <section aria-labelledby={`${section.id}-title`}>
      <h1 id={`${section.id}-title`}>{section.label}</h1>
      <p>{section.description}</p>
      {section.notYetAvailable && (
        <p className="not-yet-available" role="note">
          <strong>Not available yet.</strong> {section.notYetAvailable}
        </p>
      )}
    </section>
  );
}
