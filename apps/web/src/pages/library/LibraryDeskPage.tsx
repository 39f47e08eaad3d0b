import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { library, resourceText } from '../../api/library-endpoints';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../taxonomy/labels';

const PER_PAGE = 50;

/** `/admin/library`: every resource, drafts included, for its authors. */
export function LibraryDeskPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [page, setPage] = useState(1);
  usePageTitle(t('library.desk.title'));
  const list = useQuery({
    queryKey: ['library-desk', page],
    queryFn: () => library.list({ page, limit: PER_PAGE }),
  });
  return (
    <>
      <PageHeader
        title={t('library.desk.title')}
        lead={t('library.desk.lead')}
        actions={
          <Link className="button" to="/admin/library/new">
            {t('library.desk.new')}
          </Link>
        }
      />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('library.desk.none')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('library.editor.titleField')}</th>
                <th scope="col">{t('library.kind')}</th>
                <th scope="col">{t('library.desk.status')}</th>
                <th scope="col">{t('library.issued')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link to={`/admin/library/${item.id}`}>{resourceText(item, language).title}</Link>
                  </td>
                  <td>{t(`library.kinds.${item.kind}`)}</td>
                  <td>{t(`library.statuses.${item.status}`)}</td>
                  <td>{formatDate(item.date, language, 'UTC')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pagination page={page} total={list.data.total} limit={PER_PAGE} onPage={setPage} />
      ) : null}
    </>
  );
}
