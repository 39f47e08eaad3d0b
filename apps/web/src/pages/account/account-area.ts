export { AcceptInvitationPage } from './AcceptInvitationPage';
export { ProfilePage } from './ProfilePage';
export { RegisterPage } from './RegisterPage';
export { ConfirmEmailPage } from './ConfirmEmailPage';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
