import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { interest, needs } from '../../api/endpoints';
import type { NeedView } from '../../api/types';
import { InterestForm } from './InterestForm';

/** On a listing's page, for agency members: ask for an introduction for one of their open needs. */
export function AskIntroductionPanel({ technologyId }: { technologyId: string }) {
  const { t } = useTranslation();
  const openNeeds = useQuery({
    queryKey: ['my-needs', 'open'],
    queryFn: () => needs.list({ status: 'open', limit: 100 }),
  });
  const options = (openNeeds.data?.items ?? []).map((need: NeedView) => ({ id: need.id, label: need.title }));
  return (
    <section className="card interest-panel" aria-labelledby="ask-introduction">
      <h2 id="ask-introduction">{t('askIntroduction.title')}</h2>
      {openNeeds.data && options.length === 0 ? (
        <p className="hint">{t('askIntroduction.noOpenNeeds')}</p>
      ) : null}
      {options.length > 0 ? (
        <InterestForm
          texts="askIntroduction"
          choices={{ label: t('askIntroduction.need'), options }}
          send={(needId, message) => interest.askIntroduction(needId, technologyId, message)}
        />
      ) : null}
    </section>
  );
}
