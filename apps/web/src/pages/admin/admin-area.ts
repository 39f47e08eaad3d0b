export { AddMatchPage } from './AddMatchPage';
export { AuditLogPage } from './AuditLogPage';
export { CurationQueuePage } from './CurationQueuePage';
export { DashboardPage } from './DashboardPage';
export { ReviewQueuePage } from './ReviewQueuePage';
export { VerifyOrganizationsPage } from './VerifyOrganizationsPage';
