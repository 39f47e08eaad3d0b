import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { interest, technologies } from '../../api/endpoints';
import { InterestForm } from './InterestForm';

/** On an open need's page, for vendor members: say one of their published listings could answer it. */
export function ExpressInterestPanel({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const listings = useQuery({
    queryKey: ['my-listings', 'published'],
    queryFn: () => technologies.list({ mine: true, status: 'published', limit: 100 }),
  });
  const options = (listings.data?.items ?? []).map((listing) => ({ id: listing.id, label: listing.title }));
  return (
    <section className="card interest-panel" aria-labelledby="express-interest">
      <h2 id="express-interest">{t('expressInterest.title')}</h2>
      <p className="hint">{t('expressInterest.hint')}</p>
      {listings.data && options.length === 0 ? (
        <p className="hint">{t('expressInterest.noListings')}</p>
      ) : null}
      {options.length > 0 ? (
        <InterestForm
          texts="expressInterest"
          choices={{ label: t('expressInterest.listing'), options }}
          send={(technologyId, message) => interest.expressInterest(technologyId, needId, message)}
        />
      ) : null}
    </section>
  );
}
