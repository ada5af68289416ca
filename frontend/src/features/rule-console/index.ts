export { RuleConsolePage } from './components/rule-console-page';
