import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { organizations } from '../../api/endpoints';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { OrganizationVerificationRow } from './OrganizationVerificationRow';

const PER_PAGE = 20;
const STATUSES = ['pending', 'verified', 'rejected'] as const;
type Status = (typeof STATUSES)[number];

/** `?verified=true` is the address of the verified tab from before there were three. */
function statusOf(params: URLSearchParams): Status {
  const status = params.get('status');
  if (STATUSES.includes(status as Status)) return status as Status;
  return params.get('verified') === 'true' ? 'verified' : 'pending';
}

export function VerifyOrganizationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = statusOf(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  usePageTitle(t('verify.title'));
  const list = useQuery({
    queryKey: ['organizations', status, page],
    queryFn: () => organizations.list({ verificationStatus: status, page, limit: PER_PAGE }),
  });
  return (
    <>
      <PageHeader title={t('verify.title')} lead={t('verify.lead')} />
      <nav className="tabs" aria-label={t('verify.filter')}>
        <ul>
          {STATUSES.map((each) => (
            <li key={each}>
              <Link
                to={each === 'pending' ? '/admin/organizations' : `/admin/organizations?status=${each}`}
                aria-current={status === each ? 'page' : undefined}
              >
                {t(`verification.tabs.${each}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('verify.none')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table data-table--stack">
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
                <OrganizationVerificationRow key={organization.id} organization={organization} />
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
          onPage={(next) => setParams({ ...(status !== 'pending' ? { status } : {}), page: String(next) })}
        />
      ) : null}
    </>
  );
}
