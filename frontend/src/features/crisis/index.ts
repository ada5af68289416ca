export { CrisisConsolePage } from './components/crisis-console-page';
