export { ComposerPage } from './components/composer-page';
export { MyPostsPage } from './components/my-posts-page';
