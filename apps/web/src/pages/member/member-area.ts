export { InboxPage } from './InboxPage';
export { IntroductionsPage } from './IntroductionsPage';
export { MatchPage } from './MatchPage';
export { NeedPage } from './NeedPage';
export { OrganizationSettingsPage } from './OrganizationSettingsPage';
export { MembersPage } from './MembersPage';
export { NotificationSettingsPage } from './NotificationSettingsPage';
