import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { PageHeader, usePageTitle } from '../../components/common';

/** What browsers say when a page's code could not be downloaded (offline, or replaced by a newer build). */
const CHUNK_LOAD_FAILURE =
  /dynamically imported module|Importing a module script failed|Failed to fetch|Loading chunk/i;

export const isDownloadFailure = (error: unknown): boolean =>
  error instanceof Error && CHUNK_LOAD_FAILURE.test(error.message);

/**
 * Shown in place of a page that failed, under the site's header: a page whose code could not be downloaded
 * (the usual case: the connection dropped) or that failed while rendering. Trying again reloads it from the
 * server, which also picks up a newer build.
 */
export function PageErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('pageError.title'));
  return (
    <>
      <PageHeader
        title={t('pageError.title')}
        lead={isDownloadFailure(error) ? t('pageError.downloadText') : t('pageError.text')}
      />
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('pageError.retry')}
        </button>{' '}
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
