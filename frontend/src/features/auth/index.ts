export { getCurrentUser } from './api/get-current-user';
export { login } from './api/login';
export { logout } from './api/logout';
export { LoginPage } from './components/login-page';
