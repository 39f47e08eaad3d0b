export { InboxPage } from './InboxPage';
export { IntroductionsPage } from './IntroductionsPage';
export { NeedPage } from './NeedPage';
export { OrganizationSettingsPage } from './OrganizationSettingsPage';
