export { AcceptInvitationPage } from './AcceptInvitationPage';
export { ProfilePage } from './ProfilePage';
export { RegisterPage } from './RegisterPage';
