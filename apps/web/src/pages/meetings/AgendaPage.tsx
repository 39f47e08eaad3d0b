import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { meetings } from '../../api/meeting-endpoints';
import { EmptyState, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useUiLanguage } from '../../taxonomy/labels';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** `/agenda`: the organisation's booked meetings in the reader's zone, and its calendar file. */
export function AgendaPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const zone = browserZone();
  usePageTitle(t('agenda.title'));
  const agenda = useQuery({ queryKey: ['agenda', zone], queryFn: () => meetings.agenda(zone) });
  const download = useMutation({
    mutationFn: meetings.agendaFile,
    onSuccess: (blob) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = '3ipet-meetings.ics';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
  return (
    <>
      <PageHeader
        title={t('agenda.title')}
        lead={t('agenda.lead', { zone })}
        actions={
          <button type="button" className="button button--secondary" onClick={() => download.mutate()}>
            {t('agenda.download')}
          </button>
        }
      />
      {download.isError ? <ErrorMessage error={download.error} /> : null}
      {agenda.isPending ? <Loading /> : null}
      {agenda.isError ? <ErrorMessage error={agenda.error} /> : null}
      {agenda.data?.items.length === 0 ? <EmptyState>{t('agenda.empty')}</EmptyState> : null}
      <ul className="card-list agenda">
        {agenda.data?.items.map((item) => (
          <li key={item.meetingId} className="card">
            <h2>
              <time dateTime={item.localStartsAt}>{formatDateTime(item.localStartsAt, language, zone)}</time>{' '}
              · {t('meetings.with', { name: item.with.name })}
            </h2>
            <p className="meta">
              <Link to={`/events/${item.eventId}/meetings`}>{item.eventTitle}</Link>
            </p>
            <p>
              {t('agenda.eventTime', {
                time: formatDateTime(item.startsAt, language, item.eventTimeZone),
                zone: item.eventTimeZone,
              })}
            </p>
            <p>{t('agenda.place', { place: item.place.name })}</p>
            {item.place.kind === 'online' && item.place.url ? (
              <p>
                <a href={item.place.url} rel="noopener noreferrer" target="_blank">
                  {t('agenda.join')}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
