import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { organizations } from '../../api/endpoints';
import type { OrganizationView } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
  VerifiedBadge,
} from '../../components/common';
import { formatDate } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

const PER_PAGE = 20;

export function VerifyOrganizationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const showVerified = params.get('verified') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  usePageTitle(t('verify.title'));
  const list = useQuery({
    queryKey: ['organizations', showVerified, page],
    queryFn: () => organizations.list({ verified: showVerified, page, limit: PER_PAGE }),
  });
  return (
    <>
      <PageHeader title={t('verify.title')} lead={t('verify.lead')} />
      <nav className="tabs" aria-label={t('verify.filter')}>
        <ul>
          <li>
            <Link to="/admin/organizations" aria-current={!showVerified ? 'page' : undefined}>
              {t('verify.waiting')}
            </Link>
          </li>
          <li>
            <Link to="/admin/organizations?verified=true" aria-current={showVerified ? 'page' : undefined}>
              {t('organization.verified')}
            </Link>
          </li>
        </ul>
      </nav>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('verify.none')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('organization.name')}</th>
                <th scope="col">{t('verify.kind')}</th>
                <th scope="col">{t('need.location')}</th>
                <th scope="col">{t('organization.contactPerson')}</th>
                <th scope="col">{t('verify.registered')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((organization) => (
                <OrganizationRow key={organization.id} organization={organization} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pagination
          page={page}
          total={list.data.total}
          limit={PER_PAGE}
          onPage={(next) => setParams({ ...(showVerified ? { verified: 'true' } : {}), page: String(next) })}
        />
      ) : null}
    </>
  );
}

function OrganizationRow({ organization }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: (verified: boolean) => organizations.verify(organization.id, verified),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations'] }),
  });
  return (
    <tr>
      <td>
        <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>{' '}
        <VerifiedBadge verified={organization.verified} />
        {organization.website ? (
          <p className="row-note">
            <a href={organization.website} rel="noopener noreferrer" target="_blank">
              {organization.website}
            </a>
          </p>
        ) : null}
        {verify.isError ? <ErrorMessage error={verify.error} /> : null}
      </td>
      <td>{t(`organization.kinds.${organization.kind}`)}</td>
      <td>
        {organization.city}, {labels.country(organization.country)}
      </td>
      <td>
        {organization.contactPerson ? (
          <>
            {organization.contactPerson.name}
            <br />
            <a href={`mailto:${organization.contactPerson.email}`}>{organization.contactPerson.email}</a>
          </>
        ) : (
          '—'
        )}
      </td>
      <td>{formatDate(organization.createdAt, language)}</td>
      <td>
        {organization.verified ? (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={verify.isPending}
            onClick={() => verify.mutate(false)}
          >
            {t('verify.withdraw')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            disabled={verify.isPending}
            onClick={() => verify.mutate(true)}
          >
            {t('verify.verify')}
          </button>
        )}
      </td>
    </tr>
  );
}
