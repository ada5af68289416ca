export { InboxPage } from './components/inbox-page';
export { TaskPage } from './components/task-page';
