import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { needs, partyMatches } from '../../api/endpoints';
import { projects } from '../../api/project-endpoints';
import type { NeedView } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  StatusBadge,
  usePageTitle,
} from '../../components/common';
import { IntroductionCard } from '../../components/IntroductionCard';
import { NeedDetails } from '../member/NeedPage';
import { NeedSuggestions } from './NeedSuggestions';
import { NeedBaselines } from '../../components/NeedBaselines';

/** The agency's own need: its lifecycle and the technologies the curators introduced to it, with their reasons. */
export function NeedDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const need = useQuery({ queryKey: ['need', id], queryFn: () => needs.get(id) });
  usePageTitle(need.data?.title);
  if (need.isPending) return <Loading />;
  if (need.isError) return <ErrorMessage error={need.error} />;
  const editable = need.data.status !== 'closed';
  return (
    <>
      <PageHeader
        title={need.data.title}
        actions={
          <>
            <StatusBadge status={need.data.status} group="need" />
            {editable ? (
              <Link className="button button--secondary" to={`/agency/needs/${id}/edit`}>
                {t('common.edit')}
              </Link>
            ) : null}
          </>
        }
      />
      <p>
        <Link to="/agency/needs">← {t('nav.myNeeds')}</Link>
      </p>
      <NeedLifecycle need={need.data} />
      <NeedDetails need={need.data} />
      {need.data.status === 'open' ? <NeedSuggestions needId={id} /> : null}
      <NeedBaselines needId={id} editable={editable} />
      <IntroducedTechnologies needId={id} />
    </>
  );
}

function NeedLifecycle({ need }: { need: NeedView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState<'solved' | 'withdrawn'>('solved');
  const [note, setNote] = useState('');
  const [solvedBy, setSolvedBy] = useState('');
  const noteId = useId();
  const solvedById = useId();
  const needProjects = useQuery({
    queryKey: ['projects', 'need', need.id],
    queryFn: () => projects.list({ needId: need.id, limit: 50 }),
    enabled: closing,
  });
  const update = (saved: NeedView) => {
    queryClient.setQueryData(['need', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: ['my-needs'] });
    setClosing(false);
  };
  const open = useMutation({ mutationFn: () => needs.open(need.id, need.version), onSuccess: update });
  const close = useMutation({
    mutationFn: () => needs.close(need.id, need.version, reason, note.trim(), solvedBy),
    onSuccess: update,
  });
  return (
    <div className="lifecycle">
      {need.status === 'draft' ? (
        <div className="alert alert--info">
          <p>{t('needDetail.draftHint')}</p>
          <button type="button" className="button" disabled={open.isPending} onClick={() => open.mutate()}>
            {t('needDetail.open')}
          </button>
        </div>
      ) : null}
      {need.status === 'open' && !closing ? (
        <button type="button" className="button button--secondary" onClick={() => setClosing(true)}>
          {t('needDetail.close')}
        </button>
      ) : null}
      {closing ? (
        <form
          className="form card"
          onSubmit={(event) => {
            event.preventDefault();
            close.mutate();
          }}
        >
          <fieldset className="radio-group">
            <legend>{t('needDetail.closeReason')}</legend>
            {(['solved', 'withdrawn'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="close-reason"
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />
                {t(`need.closeReasons.${value}`)}
              </label>
            ))}
          </fieldset>
          {reason === 'solved' && needProjects.data && needProjects.data.items.length > 0 ? (
            <>
              <label htmlFor={solvedById}>{t('needDetail.solvedBy')}</label>
              <select id={solvedById} value={solvedBy} onChange={(event) => setSolvedBy(event.target.value)}>
                <option value="">{t('needDetail.solvedByNone')}</option>
                {needProjects.data.items.map((project) => (
                  <option key={project.id} value={project.id}>
                    {project.technology.name} · {project.vendorOrganization.name} ·{' '}
                    {t(`stage.${project.stage}`)}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <label htmlFor={noteId}>{t('needDetail.closeNote')}</label>
          <textarea
            id={noteId}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={close.isPending}>
              {t('needDetail.confirmClose')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setClosing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {open.isError ? <ErrorMessage error={open.error} /> : null}
      {close.isError ? <ErrorMessage error={close.error} /> : null}
    </div>
  );
}

function IntroducedTechnologies({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const matches = useQuery({
    queryKey: ['party-matches', 'need', needId],
    queryFn: () => partyMatches.list({ needId, limit: 50 }),
  });
  return (
    <section aria-labelledby="introduced-heading" className="introduced">
      <h2 id="introduced-heading">{t('needDetail.introduced')}</h2>
      <p className="hint">{t('needDetail.introducedHint')}</p>
      {matches.isPending ? <Loading /> : null}
      {matches.isError ? <ErrorMessage error={matches.error} /> : null}
      {matches.data?.items.length === 0 ? <EmptyState>{t('needDetail.noneIntroduced')}</EmptyState> : null}
      <div className="card-list">
        {matches.data?.items.map((match) => (
          <IntroductionCard key={match.id} match={match} />
        ))}
      </div>
    </section>
  );
}
