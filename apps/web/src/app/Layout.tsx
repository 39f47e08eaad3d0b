import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { api, inbox } from '../api/endpoints';
import type { Role, UserView } from '../api/types';
import { Placeholder } from '../components/common';
import { useHeadFollowsRoute } from '../components/page-meta';
import { UnreadBadge } from '../components/UnreadBadge';
import { VerifyEmailBanner } from '../components/VerifyEmailBanner';
import { UI_LANGUAGES, switchLanguage, type UiLanguage } from '../i18n';
import { useSignedInUser } from '../session/session';
import { useUiLanguage } from '../taxonomy/labels';
import { focusHeadingAfterNavigation } from './focus';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
  /** Shows the caller's unread conversation messages beside the label. */
  unread?: boolean;
  /** Under "More" on a wide screen, so the header stays one row; listed like the others in the phone menu. */
  more?: boolean;
}

function navItemsFor(role: Role | undefined, t: (key: string) => string): NavItem[] {
  const signedIn = role !== undefined;
  const common = [
    { to: '/search', label: t('nav.search') },
    { to: '/events', label: t('nav.events'), more: signedIn },
    { to: '/library', label: t('library.nav'), more: signedIn },
    { to: '/impact', label: t('nav.impact'), more: signedIn },
  ];
  switch (role) {
    case 'vendor':
      return [
        ...common,
        { to: '/vendor/listings', label: t('nav.myListings') },
        { to: '/vendor/opportunities', label: t('nav.opportunities') },
        { to: '/introductions', label: t('nav.introductions'), unread: true },
        { to: '/projects', label: t('nav.projects'), more: true },
        { to: '/agenda', label: t('meetings.agendaLink'), more: true },
      ];
    case 'agency':
      return [
        ...common,
        { to: '/agency/needs', label: t('nav.myNeeds') },
        { to: '/agency/saved-searches', label: t('nav.savedSearches') },
        { to: '/introductions', label: t('nav.introductions'), unread: true },
        { to: '/projects', label: t('nav.projects'), more: true },
        { to: '/agenda', label: t('meetings.agendaLink'), more: true },
      ];
    case 'admin':
      return [
        ...common,
        { to: '/admin', label: t('nav.dashboard'), end: true },
        { to: '/admin/review', label: t('nav.review') },
        { to: '/admin/matches', label: t('nav.matches'), unread: true },
        { to: '/admin/organizations', label: t('nav.organizations') },
        { to: '/projects', label: t('nav.projects'), more: true },
        { to: '/admin/library', label: t('library.deskNav'), more: true },
        { to: '/admin/events', label: t('nav.adminEvents'), more: true },
        { to: '/admin/tools', label: t('tools.nav'), more: true },
        { to: '/admin/experts', label: t('reviews.nav.experts'), more: true },
        { to: '/admin/reviews', label: t('reviews.nav.reviews'), more: true },
      ];
    case 'expert':
      return [...common, { to: '/expert/reviews', label: t('reviews.nav.mine') }];
    default:
      return common;
  }
}

export function Layout() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const previousPath = useRef(location.pathname);
  useHeadFollowsRoute(location.pathname);
  const navItems = navItemsFor(user?.role, t);

  useEffect(() => {
    if (previousPath.current !== location.pathname) {
      previousPath.current = location.pathname;
      focusHeadingAfterNavigation();
      setMenuOpen(false);
    }
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-bar">
          <Link to="/" className="brand" aria-label={t('nav.homeLabel')}>
            <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
              <rect width="32" height="32" rx="6" fill="#0b5f6e" />
              <path
                d="M6 21c4-8 8 2 12-6s6-3 8-4"
                stroke="#fff"
                strokeWidth="3"
                fill="none"
                strokeLinecap="round"
              />
            </svg>
            <span>3iPET</span>
          </Link>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </button>
          <div id="site-nav" className={`site-nav ${menuOpen ? 'site-nav--open' : ''}`}>
            <nav aria-label={t('nav.main')}>
              <ul>
                {navItems.filter((item) => !item.more).map(navEntry)}
                {user && user.role !== 'admin' && user.role !== 'expert' ? <InboxLink /> : null}
                {navItems.some((item) => item.more) ? (
                  <MoreMenu items={navItems.filter((item) => item.more)} />
                ) : null}
              </ul>
            </nav>
            <div className="header-tools">
              <LanguageSelect />
              {user ? <AccountMenu user={user} /> : <SignInLinks />}
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {user ? <VerifyEmailBanner /> : null}
        <Suspense fallback={<Placeholder shape="page" rows={4} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.about')}</p>
        <p>
          <Link to="/events">{t('nav.events')}</Link> · <a href="/api/docs">{t('footer.apiDocs')}</a>
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}

const navEntry = (item: NavItem) => (
  <li key={item.to}>
    <NavLink to={item.to} end={item.end}>
      {item.label}
      {item.unread ? <UnreadBadge className="nav-count nav-count--messages" /> : null}
    </NavLink>
  </li>
);

/** A disclosure of the less used links: Escape or leaving it closes it, focus goes back to its button. */
function MoreMenu({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(location.pathname);
  if (open && openedAt !== location.pathname) setOpen(false);
  const current = items.some((item) => location.pathname.startsWith(item.to));
  return (
    <li
      className="nav-more"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`nav-more-button ${current ? 'active' : ''}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpenedAt(location.pathname);
          setOpen((was) => !was);
        }}
      >
        {t('nav.more')}
      </button>
      <ul id={id} className={`nav-more-list ${open ? 'nav-more-list--open' : ''}`}>
        {items.map(navEntry)}
      </ul>
    </li>
  );
}

function InboxLink() {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['inbox', 'unread-count'],
    queryFn: () => inbox.list({ unread: true, limit: 1 }),
    refetchInterval: 60_000,
  });
  const unread = data?.unreadCount ?? 0;
  return (
    <li>
      <NavLink to="/inbox">
        {t('nav.inbox')}
        {unread > 0 ? (
          <span className="nav-count" aria-label={t('inbox.unreadCount', { count: unread })}>
            {unread}
          </span>
        ) : null}
      </NavLink>
    </li>
  );
}

function LanguageSelect() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('nav.language')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => void switchLanguage(event.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((option) => (
          <option key={option.id} value={option.id} lang={option.htmlLang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function SignInLinks() {
  const { t } = useTranslation();
  const location = useLocation();
  const next =
    location.pathname === '/login' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
  return (
    <div className="account-links">
      <Link to={`/login${next}`}>{t('nav.login')}</Link>
      <Link to="/register" className="button button--small">
        {t('nav.register')}
      </Link>
    </div>
  );
}

function AccountMenu({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = async () => {
    await api.signOut().catch(() => undefined);
    await navigate('/');
  };
  return (
    <div className="account-links">
      <NavLink to="/profile" className="account-name">
        {user.displayName}
      </NavLink>
      {user.role !== 'admin' && user.role !== 'expert' ? (
        <NavLink to="/organization">{t('nav.organization')}</NavLink>
      ) : null}
      <button type="button" className="link-button" onClick={() => void signOut()}>
        {t('nav.logout')}
      </button>
    </div>
  );
}
