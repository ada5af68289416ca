export { PostRecordPage } from './components/post-record-page';
