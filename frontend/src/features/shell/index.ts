export { AppShell } from './components/app-shell';
export { SectionPage } from './components/section-page';
export { Welcome } from './components/welcome';
export { SECTIONS, sectionsFor, type Section } from './sections';
