import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Role } from '../api/types';
import { LoginPage } from '../pages/account/LoginPage';
import { EventsPage } from '../pages/public/EventsPage';
import { HomePage } from '../pages/public/HomePage';
import { NotFoundPage } from '../pages/public/NotFoundPage';
import { OrganizationPage } from '../pages/public/OrganizationPage';
import { SearchPage } from '../pages/public/SearchPage';
import { TechnologyPage } from '../pages/public/TechnologyPage';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';

// Each role's pages are a chunk of their own, fetched the first time one of them is opened.
const accountArea = () => import('../pages/account/account-area');
const vendorArea = () => import('../pages/vendor/vendor-area');
const agencyArea = () => import('../pages/agency/agency-area');
const memberArea = () => import('../pages/member/member-area');
const adminArea = () => import('../pages/admin/admin-area');

function page<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const RegisterPage = page(accountArea, 'RegisterPage');
const AcceptInvitationPage = page(accountArea, 'AcceptInvitationPage');
const ProfilePage = page(accountArea, 'ProfilePage');
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
const NeedPage = page(memberArea, 'NeedPage');
const DashboardPage = page(adminArea, 'DashboardPage');
const ReviewQueuePage = page(adminArea, 'ReviewQueuePage');
const CurationQueuePage = page(adminArea, 'CurationQueuePage');
const AddMatchPage = page(adminArea, 'AddMatchPage');
const VerifyOrganizationsPage = page(adminArea, 'VerifyOrganizationsPage');
const AuditLogPage = page(adminArea, 'AuditLogPage');

const only = (roles: readonly Role[], Page: ComponentType) => (
  <RequireRole roles={roles}>
    <Page />
  </RequireRole>
);

const MEMBERS: Role[] = ['vendor', 'agency'];
const ANYONE_SIGNED_IN: Role[] = ['vendor', 'agency', 'admin'];

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'technologies/:id', element: <TechnologyPage /> },
      { path: 'organizations/:id', element: <OrganizationPage /> },
      { path: 'events', element: <EventsPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'invitation', element: <AcceptInvitationPage /> },
      { path: 'profile', element: only(ANYONE_SIGNED_IN, ProfilePage) },
      { path: 'needs/:id', element: only(ANYONE_SIGNED_IN, NeedPage) },
      { path: 'introductions', element: only(MEMBERS, IntroductionsPage) },
      { path: 'matches/:id', element: only(MEMBERS, MatchPage) },
      { path: 'inbox', element: only(MEMBERS, InboxPage) },
      { path: 'organization', element: only(MEMBERS, OrganizationSettingsPage) },
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
      { path: 'admin/matches', element: only(['admin'], CurationQueuePage) },
      { path: 'admin/matches/new', element: only(['admin'], AddMatchPage) },
      { path: 'admin/organizations', element: only(['admin'], VerifyOrganizationsPage) },
      { path: 'admin/audit', element: only(['admin'], AuditLogPage) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
