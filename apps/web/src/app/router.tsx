import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Role } from '../api/types';
import { HomePage } from '../pages/public/HomePage';
import { NotFoundPage } from '../pages/public/NotFoundPage';
import { PageErrorPage } from '../pages/public/PageErrorPage';
import { SearchPage } from '../pages/public/SearchPage';
import { technologyQuery } from '../pages/public/technology-query';
import { Layout } from './Layout';
import { queryClient } from './query-client';
import { RequireRole } from './RequireRole';

// Each role's pages are a chunk of their own, fetched the first time one of them is opened.
const accountArea = () => import('../pages/account/account-area');
const vendorArea = () => import('../pages/vendor/vendor-area');
const agencyArea = () => import('../pages/agency/agency-area');
const memberArea = () => import('../pages/member/member-area');
const adminArea = () => import('../pages/admin/admin-area');
const reviewsArea = () => import('../pages/reviews/reviews-area');
const projectsArea = () => import('../pages/projects/projects-area');
const libraryArea = () => import('../pages/library/library-area');
const meetingsArea = () => import('../pages/meetings/meetings-area');
const eventsArea = () => import('../pages/events/events-area');

function page<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

// Public pages other than home and search load on demand too: a first visit downloads only what it shows.
const TechnologyPage = page(() => import('../pages/public/TechnologyPage'), 'TechnologyPage');
const LoginPage = page(() => import('../pages/account/LoginPage'), 'LoginPage');
const EventsPage = page(() => import('../pages/public/EventsPage'), 'EventsPage');
const OrganizationPage = page(() => import('../pages/public/OrganizationPage'), 'OrganizationPage');
const RegisterPage = page(accountArea, 'RegisterPage');
const AcceptInvitationPage = page(accountArea, 'AcceptInvitationPage');
const ProfilePage = page(accountArea, 'ProfilePage');
const ForgotPasswordPage = page(accountArea, 'ForgotPasswordPage');
const ResetPasswordPage = page(accountArea, 'ResetPasswordPage');
const ConfirmEmailPage = page(accountArea, 'ConfirmEmailPage');
const MyListingsPage = page(vendorArea, 'MyListingsPage');
const ListingEditorPage = page(vendorArea, 'ListingEditorPage');
const OpportunitiesPage = page(vendorArea, 'OpportunitiesPage');
const MyNeedsPage = page(agencyArea, 'MyNeedsPage');
const NeedEditorPage = page(agencyArea, 'NeedEditorPage');
const NeedDetailPage = page(agencyArea, 'NeedDetailPage');
const SavedSearchesPage = page(agencyArea, 'SavedSearchesPage');
const IntroductionsPage = page(memberArea, 'IntroductionsPage');
const InboxPage = page(memberArea, 'InboxPage');
const MatchPage = page(memberArea, 'MatchPage');
const OrganizationSettingsPage = page(memberArea, 'OrganizationSettingsPage');
const MembersPage = page(memberArea, 'MembersPage');
const NotificationSettingsPage = page(memberArea, 'NotificationSettingsPage');
const NeedPage = page(memberArea, 'NeedPage');
const ProjectsPage = page(projectsArea, 'ProjectsPage');
const ProjectPage = page(projectsArea, 'ProjectPage');
const ImpactPage = page(projectsArea, 'ImpactPage');
const EventMeetingsPage = page(meetingsArea, 'EventMeetingsPage');
const AgendaPage = page(meetingsArea, 'AgendaPage');
const DashboardPage = page(adminArea, 'DashboardPage');
const ReviewQueuePage = page(adminArea, 'ReviewQueuePage');
const ListingPreviewPage = page(adminArea, 'ListingPreviewPage');
const CurationQueuePage = page(adminArea, 'CurationQueuePage');
const AddMatchPage = page(adminArea, 'AddMatchPage');
const MatchConversationPage = page(adminArea, 'MatchConversationPage');
const MatchingReportPage = page(adminArea, 'MatchingReportPage');
const VerifyOrganizationsPage = page(adminArea, 'VerifyOrganizationsPage');
const AuditLogPage = page(adminArea, 'AuditLogPage');
const LibraryPage = page(libraryArea, 'LibraryPage');
const ResourcePage = page(libraryArea, 'ResourcePage');
const LibraryDeskPage = page(libraryArea, 'LibraryDeskPage');
const ResourceEditorPage = page(libraryArea, 'ResourceEditorPage');
const EventPage = page(eventsArea, 'EventPage');
const AdminEventsPage = page(eventsArea, 'AdminEventsPage');
const AdminEventEditorPage = page(eventsArea, 'AdminEventEditorPage');
const AdminToolsPage = page(adminArea, 'AdminToolsPage');
const ImportExportPage = page(adminArea, 'ImportExportPage');
const UsersPage = page(adminArea, 'UsersPage');
const DeliveriesPage = page(adminArea, 'DeliveriesPage');
const AdminExpertsPage = page(reviewsArea, 'AdminExpertsPage');
const AdminReviewsPage = page(reviewsArea, 'AdminReviewsPage');
const ExpertReviewsPage = page(reviewsArea, 'ExpertReviewsPage');
const ExpertReviewPage = page(reviewsArea, 'ExpertReviewPage');

const only = (roles: readonly Role[], Page: ComponentType) => (
  <RequireRole roles={roles}>
    <Page />
  </RequireRole>
);

const MEMBERS: Role[] = ['vendor', 'agency'];
const ANYONE_SIGNED_IN: Role[] = ['vendor', 'agency', 'admin'];

const pages: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'search', element: <SearchPage /> },
  {
    path: 'technologies/:id',
    element: <TechnologyPage />,
    // The listing is asked for as the navigation starts, while the page's code is still on its way.
    loader: ({ params }) => {
      void queryClient.prefetchQuery(technologyQuery(params.id ?? ''));
      return null;
    },
  },
  { path: 'organizations/:id', element: <OrganizationPage /> },
  { path: 'events', element: <EventsPage /> },
  { path: 'events/:id', element: <EventPage /> },
  { path: 'impact', element: <ImpactPage /> },
  { path: 'library', element: <LibraryPage /> },
  { path: 'library/:slugOrId', element: <ResourcePage /> },
  { path: 'login', element: <LoginPage /> },
  { path: 'register', element: <RegisterPage /> },
  { path: 'invitation', element: <AcceptInvitationPage /> },
  { path: 'forgot-password', element: <ForgotPasswordPage /> },
  { path: 'reset-password', element: <ResetPasswordPage /> },
  { path: 'confirm-email', element: <ConfirmEmailPage /> },
  { path: 'profile', element: only([...ANYONE_SIGNED_IN, 'expert'], ProfilePage) },
  { path: 'needs/:id', element: only(ANYONE_SIGNED_IN, NeedPage) },
  { path: 'introductions', element: only(MEMBERS, IntroductionsPage) },
  { path: 'matches/:id', element: only(MEMBERS, MatchPage) },
  { path: 'inbox', element: only(MEMBERS, InboxPage) },
  { path: 'events/:id/meetings', element: only(ANYONE_SIGNED_IN, EventMeetingsPage) },
  { path: 'agenda', element: only(MEMBERS, AgendaPage) },
  { path: 'projects', element: only(ANYONE_SIGNED_IN, ProjectsPage) },
  { path: 'projects/:id', element: only(ANYONE_SIGNED_IN, ProjectPage) },
  { path: 'organization', element: only(MEMBERS, OrganizationSettingsPage) },
  { path: 'organization/members', element: only(MEMBERS, MembersPage) },
  { path: 'organization/notifications', element: only(MEMBERS, NotificationSettingsPage) },
  { path: 'vendor/listings', element: only(['vendor'], MyListingsPage) },
  { path: 'vendor/listings/new', element: only(['vendor'], ListingEditorPage) },
  { path: 'vendor/listings/:id', element: only(['vendor'], ListingEditorPage) },
  { path: 'vendor/opportunities', element: only(['vendor'], OpportunitiesPage) },
  { path: 'agency/needs', element: only(['agency'], MyNeedsPage) },
  { path: 'agency/needs/new', element: only(['agency'], NeedEditorPage) },
  { path: 'agency/needs/:id', element: only(['agency'], NeedDetailPage) },
  { path: 'agency/needs/:id/edit', element: only(['agency'], NeedEditorPage) },
  { path: 'agency/saved-searches', element: only(['agency'], SavedSearchesPage) },
  { path: 'admin', element: only(['admin'], DashboardPage) },
  { path: 'admin/review', element: only(['admin'], ReviewQueuePage) },
  { path: 'admin/review/:id', element: only(['admin'], ListingPreviewPage) },
  { path: 'admin/matches', element: only(['admin'], CurationQueuePage) },
  { path: 'admin/matches/new', element: only(['admin'], AddMatchPage) },
  { path: 'admin/matches/:id/conversation', element: only(['admin'], MatchConversationPage) },
  { path: 'admin/matching/report', element: only(['admin'], MatchingReportPage) },
  { path: 'admin/organizations', element: only(['admin'], VerifyOrganizationsPage) },
  { path: 'admin/audit', element: only(['admin'], AuditLogPage) },
  { path: 'admin/library', element: only(['admin'], LibraryDeskPage) },
  { path: 'admin/library/new', element: only(['admin'], ResourceEditorPage) },
  { path: 'admin/library/:id', element: only(['admin'], ResourceEditorPage) },
  { path: 'admin/events', element: only(['admin'], AdminEventsPage) },
  { path: 'admin/events/new', element: only(['admin'], AdminEventEditorPage) },
  { path: 'admin/events/:id', element: only(['admin'], AdminEventEditorPage) },
  { path: 'admin/tools', element: only(['admin'], AdminToolsPage) },
  { path: 'admin/import', element: only(['admin'], ImportExportPage) },
  { path: 'admin/users', element: only(['admin'], UsersPage) },
  { path: 'admin/deliveries', element: only(['admin'], DeliveriesPage) },
  { path: 'admin/experts', element: only(['admin'], AdminExpertsPage) },
  { path: 'admin/reviews', element: only(['admin'], AdminReviewsPage) },
  { path: 'expert/reviews', element: only(['expert'], ExpertReviewsPage) },
  { path: 'expert/reviews/:id', element: only(['expert'], ExpertReviewPage) },
  { path: '*', element: <NotFoundPage /> },
];

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // A page that fails (its code could not be downloaded, or it threw) is replaced below the site's header.
    children: [{ errorElement: <PageErrorPage />, children: pages }],
  },
];

export const createRouter = () => createBrowserRouter(routes);
