export { ConsentRegistryPage } from './components/consent-registry-page';
