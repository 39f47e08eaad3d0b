import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listingFiles } from '../../api/endpoints';
import type { TechnologyView } from '../../api/types';
import { FileImage, formatFileSize } from '../../components/FileImage';
import { useUiLanguage } from '../../taxonomy/labels';

/** A listing's images (thumbnails linking to the full image) and its documents, on the technology page. */
export function ListingMedia({ listing, title }: { listing: TechnologyView; title: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const attached = useQuery({
    queryKey: ['listing-files', listing.id],
    queryFn: () => listingFiles.list(listing.id),
  });
  const items = attached.data?.items ?? [];
  const images = items.filter((item) => item.role === 'image');
  const documents = items.filter((item) => item.role !== 'image');
  const isPublic = listing.status === 'published';
  if (items.length === 0) return null;
  return (
    <>
      {images.length > 0 ? (
        <section aria-labelledby="images-heading">
          <h2 id="images-heading">{t('files.images')}</h2>
          <ul className="file-gallery">
            {images.map((item, index) => {
              const image = (
                <FileImage
                  src={item.file.thumbnailUrl ?? item.file.url}
                  alt={t('files.imageOf', { number: index + 1, title })}
                  isPublic={isPublic}
                />
              );
              return (
                <li key={item.file.id}>
                  {isPublic ? (
                    <a href={item.file.url} target="_blank" rel="noopener" title={t('files.open')}>
                      {image}
                    </a>
                  ) : (
                    image
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {documents.length > 0 ? (
        <section aria-labelledby="documents-heading">
          <h2 id="documents-heading">{t('files.documents')}</h2>
          <ul className="file-list">
            {documents.map((item) => (
              <li key={item.file.id}>
                <a
                  href={item.file.url}
                  download={item.file.name}
                  aria-label={t('files.download', { name: item.file.name })}
                >
                  {item.file.name}
                </a>{' '}
                <span className="hint">
                  {t(`files.roles.${item.role}`)} · {formatFileSize(item.file.sizeBytes, language)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
