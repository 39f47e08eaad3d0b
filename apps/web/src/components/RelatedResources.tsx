import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { library, resourceText } from '../api/library-endpoints';
import { useUiLanguage } from '../taxonomy/labels';

/**
 * "Read the case study": the published library resources linked to a technology, need or event. Shows
 * nothing when there are none (or the library cannot be reached), so it can sit on any page.
 */
export function RelatedResources(props: { technologyId?: string; needId?: string; eventId?: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { technologyId, needId, eventId } = props;
  const related = useQuery({
    queryKey: ['library-related', technologyId, needId, eventId],
    queryFn: () => library.related({ technologyId, needId, eventId }),
  });
  if (!related.data || related.data.length === 0) return null;
  return (
    <section className="card related-resources" aria-labelledby="related-resources-heading">
      <h2 id="related-resources-heading">{t('library.related')}</h2>
      <ul>
        {related.data.map((resource) => {
          const kind = t(`library.kinds.${resource.kind}`);
          return (
            <li key={resource.id}>
              <Link to={`/library/${resource.slug}`}>
                {t('library.readKind', { kind: language === 'en' ? kind.toLowerCase() : kind })}
              </Link>
              : {resourceText(resource, language).title}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
