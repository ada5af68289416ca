// Loaded lazily by src/app/routes.tsx: this chunk holds bpmn-js, the rest of the app does not.
export { MigrationPage } from './components/migration-page';
export { ProcessEditorPage } from './components/process-editor-page';
export { ProcessListPage } from './components/process-list-page';
export { ProcessVersionPage } from './components/process-version-page';
