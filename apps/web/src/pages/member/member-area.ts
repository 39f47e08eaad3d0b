export { InboxPage } from './InboxPage';
export { IntroductionsPage } from './IntroductionsPage';
export { MatchPage } from './MatchPage';
export { NeedPage } from './NeedPage';
export { OrganizationSettingsPage } from './OrganizationSettingsPage';
