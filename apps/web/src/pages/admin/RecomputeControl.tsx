import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { adminMatches } from '../../api/endpoints';
import { ErrorMessage } from '../../components/common';

const POLL_MS = 1000;

/** Asks for a recompute of every open need and follows the run until it is done. */
export function RecomputeControl() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const start = useMutation({ mutationFn: () => adminMatches.recompute() });
  const runId = start.data?.id;
  const run = useQuery({
    queryKey: ['recompute-run', runId],
    queryFn: () => adminMatches.recomputeRun(runId!),
    enabled: Boolean(runId),
    initialData: start.data,
    refetchInterval: (query) => (query.state.data?.status === 'done' ? false : POLL_MS),
  });
  const current = run.data;
  const busy = start.isPending || (current !== undefined && current.status !== 'done');
  const finished = current?.status === 'done';
  useEffect(() => {
    if (finished) void client.invalidateQueries({ queryKey: ['admin-matches'] });
  }, [finished, client]);
  const error = start.error ?? run.error;

  return (
    <div className="recompute-control">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => start.mutate()}
      >
        {t('curation.recompute')}
      </button>
      {current ? (
        <p role="status" aria-live="polite">
          {current.status === 'queued'
            ? t('curation.recomputeQueued')
            : current.status === 'running'
              ? t('curation.recomputeRunning', { done: current.needsDone, total: current.needsTotal ?? 0 })
              : t('curation.recomputeDone', { total: current.needsTotal ?? 0 })}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
