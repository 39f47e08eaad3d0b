import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { listingFiles, technologies } from '../../api/endpoints';
import type { TechnologyView } from '../../api/types';
import { ErrorMessage, Loading, StatusBadge, usePageTitle } from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import { htmlLangOf } from '../../taxonomy/listing-text';
import { TechnologyDetails } from '../public/TechnologyPage';
import { ReviewDecision } from './ReviewDecision';

/**
 * What a curator publishes, read in full before deciding: the listing as its public page will show it (every
 * field, claims, reference projects, images and documents), its translations, and publish / request changes
 * beside it.
 */
export function ListingPreviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const listing = useQuery({ queryKey: ['technology', id], queryFn: () => technologies.get(id) });
  usePageTitle(listing.data ? t('preview.pageTitle', { title: listing.data.title }) : undefined);
  if (listing.isPending) return <Loading />;
  if (listing.isError) return <ErrorMessage error={listing.error} />;
  return <Preview listing={listing.data} />;
}

function Preview({ listing }: { listing: TechnologyView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const [decided, setDecided] = useState<'published' | 'changes_requested'>();
  const files = useQuery({
    queryKey: ['listing-files', listing.id],
    queryFn: () => listingFiles.list(listing.id),
  });
  return (
    <div className="preview-layout">
      <div className="preview-main">
        <TechnologyDetails listing={listing} />
        <section aria-labelledby="preview-more-heading" className="card preview-more">
          <h2 id="preview-more-heading">{t('preview.more')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('listingEditor.costBasis')}</dt>
              <dd>
                {listing.costBasis
                  ? t(`listingEditor.costBases.${listing.costBasis}`)
                  : t('listingEditor.costBasisUnstated')}
              </dd>
            </div>
            <div>
              <dt>{t('preview.files')}</dt>
              <dd>{files.data ? t('preview.fileCount', { count: files.data.items.length }) : '…'}</dd>
            </div>
            <div>
              <dt>{t('preview.submitted')}</dt>
              <dd>{formatDateTime(listing.submittedAt, language)}</dd>
            </div>
            <div>
              <dt>{t('preview.updated')}</dt>
              <dd>{formatDateTime(listing.updatedAt, language)}</dd>
            </div>
          </dl>
          {listing.translations.length > 0 ? (
            <>
              <h3>{t('technology.translations')}</h3>
              {listing.translations.map((translation) => (
                <div
                  key={translation.language}
                  lang={translation.language === 'zh' ? 'zh-Hans' : translation.language}
                >
                  <h4 lang={htmlLangOf(language)}>{labels.language(translation.language)}</h4>
                  <p>
                    <strong>{translation.title}</strong>
                  </p>
                  {translation.summary ? <p>{translation.summary}</p> : null}
                </div>
              ))}
            </>
          ) : null}
        </section>
      </div>
      <aside className="card preview-decision" aria-labelledby="preview-decision-heading">
        <h2 id="preview-decision-heading">{t('preview.decision')}</h2>
        <p>
          <StatusBadge status={listing.status} group="technology" />
        </p>
        {listing.changesRequestedReason ? (
          <p className="note">
            {t('preview.lastReason')} {listing.changesRequestedReason}
          </p>
        ) : null}
        {decided ? (
          <p role="status" className="alert alert--success">
            {t(decided === 'published' ? 'preview.published' : 'preview.sentBack')}
          </p>
        ) : null}
        <ReviewDecision listing={listing} onDecided={setDecided} />
        <p>
          <Link to="/admin/review">{t('preview.backToQueue')}</Link>
        </p>
      </aside>
    </div>
  );
}
