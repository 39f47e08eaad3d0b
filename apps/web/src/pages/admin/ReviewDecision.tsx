import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { technologies } from '../../api/endpoints';
import type { TechnologyView } from '../../api/types';
import { ErrorMessage } from '../../components/common';

/** Publish, or send back with a reason the vendor reads: beside a listing in the queue and in its preview. */
export function ReviewDecision({
  listing,
  onDecided,
}: {
  listing: TechnologyView;
  onDecided?: (decision: 'published' | 'changes_requested') => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [requesting, setRequesting] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const done = (view: TechnologyView) => {
    queryClient.setQueryData(['technology', view.id], view);
    void queryClient.invalidateQueries({ queryKey: ['review-queue'] });
    void queryClient.invalidateQueries({ queryKey: ['technology-search'] });
    onDecided?.(view.status === 'published' ? 'published' : 'changes_requested');
  };
  const publish = useMutation({
    mutationFn: () => technologies.publish(listing.id, listing.version),
    onSuccess: done,
  });
  const requestChanges = useMutation({
    mutationFn: () => technologies.requestChanges(listing.id, listing.version, reason.trim()),
    onSuccess: done,
  });
  if (listing.status !== 'submitted') return null;
  return (
    <>
      {requesting ? (
        <form
          className="decision"
          onSubmit={(event) => {
            event.preventDefault();
            requestChanges.mutate();
          }}
        >
          <label htmlFor={reasonId}>{t('review.reason')}</label>
          <p className="hint">{t('review.reasonHint')}</p>
          <textarea
            id={reasonId}
            rows={3}
            maxLength={2000}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={requestChanges.isPending || !reason.trim()}>
              {t('review.sendBack')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setRequesting(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={publish.isPending}
            onClick={() => publish.mutate()}
          >
            {t('review.publish')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setRequesting(true)}>
            {t('review.requestChanges')}
          </button>
        </div>
      )}
      {publish.isError ? <ErrorMessage error={publish.error} /> : null}
      {requestChanges.isError ? <ErrorMessage error={requestChanges.error} /> : null}
    </>
  );
}
