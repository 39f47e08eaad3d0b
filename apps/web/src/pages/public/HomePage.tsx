import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { events, technologies } from '../../api/endpoints';
import { EmptyState, ErrorMessage, Placeholder, PageHeader, usePageTitle } from '../../components/common';
import { formatDate } from '../../i18n/format';
import { EMPTY_FILTERS, searchFromFilters } from '../../search/technology-filters';
import { listingText } from '../../taxonomy/listing-text';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import { SearchBox } from '../../components/SearchBox';
import { usePageDescription } from '../../components/page-meta';

const EXAMPLE_SEARCHES = ['first', 'second', 'third', 'fourth'] as const;

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('home.title'));
  usePageDescription(t('home.lead'), t('home.title'));
  return (
    <div className="home">
      <section className="hero">
        <PageHeader title={t('home.title')} lead={t('home.lead')} />
        <SearchBox
          initial=""
          onSearch={(q) => void navigate(`/search${searchFromFilters({ ...EMPTY_FILTERS, q })}`)}
        />
        <p className="examples">
          {t('home.try')}{' '}
          {EXAMPLE_SEARCHES.map((key) => t(`examples.${key}`)).map((q, index) => (
            <span key={q}>
              {index > 0 ? ' · ' : ''}
              <Link to={`/search${searchFromFilters({ ...EMPTY_FILTERS, q })}`}>{q}</Link>
            </span>
          ))}
        </p>
      </section>
      <div className="home-columns">
        <NewTechnologies />
        <UpcomingEvents />
      </div>
      <section className="roles" aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('home.howItWorks')}</h2>
        <ul className="role-cards">
          <li className="card">
            <h3>{t('home.vendorsTitle')}</h3>
            <p>{t('home.vendorsText')}</p>
          </li>
          <li className="card">
            <h3>{t('home.agenciesTitle')}</h3>
            <p>{t('home.agenciesText')}</p>
          </li>
          <li className="card">
            <h3>{t('home.curatorsTitle')}</h3>
            <p>{t('home.curatorsText')}</p>
          </li>
        </ul>
        <p>
          <Link to="/register" className="button">
            {t('home.join')}
          </Link>
        </p>
      </section>
    </div>
  );
}

function NewTechnologies() {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const newest = useQuery({
    queryKey: ['technology-search', 'newest'],
    queryFn: () => technologies.search({ sort: 'newest', limit: 6 }),
  });
  return (
    <section aria-labelledby="new-heading">
      <h2 id="new-heading">{t('home.whatsNew')}</h2>
      {newest.isPending ? <Placeholder shape="item" rows={6} /> : null}
      {newest.isError ? <ErrorMessage error={newest.error} retry={() => void newest.refetch()} /> : null}
      <ul className="compact-list">
        {newest.data?.items.map((hit) => (
          <li key={hit.id}>
            <Link to={`/technologies/${hit.id}`} lang={listingText(hit, language).titleLang}>
              {listingText(hit, language).title}
            </Link>
            <span className="meta">
              {labels.category(hit.category)} · {hit.vendor.name} · {formatDate(hit.publishedAt, language)}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/search?sort=newest">{t('home.allNew')}</Link>
      </p>
    </section>
  );
}

function UpcomingEvents() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const upcoming = useQuery({ queryKey: ['events', 'upcoming'], queryFn: () => events.list({ limit: 4 }) });
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">{t('home.upcomingEvents')}</h2>
      {upcoming.isPending ? <Placeholder shape="item" rows={4} /> : null}
      {upcoming.isError ? (
        <ErrorMessage error={upcoming.error} retry={() => void upcoming.refetch()} />
      ) : null}
      {upcoming.data?.items.length === 0 ? <EmptyState>{t('events.none')}</EmptyState> : null}
      <ul className="compact-list">
        {upcoming.data?.items.map((event) => (
          <li key={event.id}>
            <Link to={`/events/${event.id}`}>{event.title}</Link>
            <span className="meta">
              {t(`events.kinds.${event.kind}`)} · {formatDate(event.startsAt, language, event.timeZone)}
              {event.city ? ` · ${event.city}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/events">{t('home.allEvents')}</Link>
      </p>
    </section>
  );
}
