import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_FORM_ERRORS, errorsUnder } from '../../api/problem';
import { type BookingSettingsView, meetings } from '../../api/meeting-endpoints';
import { FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { ErrorMessage, Loading } from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useUiLanguage } from '../../taxonomy/labels';
import { viewerTimeZone } from '../events/zoned';

const plusMinutes = (iso: string, minutes: number) =>
  new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();

/** A registered organisation ticks the slots of the booking grid it can meet at. */
export function AvailabilityEditor({
  eventId,
  settings,
}: {
  eventId: string;
  settings: BookingSettingsView;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const headingId = useId();
  const viewer = viewerTimeZone();
  const current = useQuery({
    queryKey: ['meetings', eventId, 'availability'],
    queryFn: () => meetings.availability(eventId),
    retry: false,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const currentSlots = current.data?.slots;
  useEffect(() => {
    if (!currentSlots) return;
    const times = new Set(currentSlots.map((s) => new Date(s).getTime()));
    setSelected(settings.slots.filter((s) => times.has(new Date(s).getTime())));
  }, [currentSlots, settings.slots]);
  const save = useMutation({
    mutationFn: () =>
      meetings.saveAvailability(
        eventId,
        selected.map((start) => ({ start, end: plusMinutes(start, settings.slotMinutes) })),
      ),
    onSuccess: (view) => {
      setSaved(true);
      queryClient.setQueryData(['meetings', eventId, 'availability'], view);
    },
  });
  const errors = save.isError ? mapErrors(save.error) : NO_FORM_ERRORS;
  if (current.isPending) return <Loading />;
  if (current.isError) return <ErrorMessage error={current.error} />;
  const sameZone = viewer === settings.timeZone;
  return (
    <section className="panel availability" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('meetingForms.availabilityHeading')}</h2>
      <p className="hint">{t('meetingForms.availabilityLead')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <FormErrorSummary errors={errors} source={save.error} />
        <fieldset aria-describedby={errorsUnder(errors, 'ranges').length > 0 ? `${headingId}-e` : undefined}>
          <legend>{t('meetingForms.slots')}</legend>
          <ul className="slot-list">
            {settings.slots.map((slot) => {
              const eventTime = formatDateTime(slot, language, settings.timeZone);
              const viewerTime = formatDateTime(slot, language, viewer);
              return (
                <li key={slot}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.includes(slot)}
                      onChange={() => {
                        setSaved(false);
                        setSelected((s) => (s.includes(slot) ? s.filter((x) => x !== slot) : [...s, slot]));
                      }}
                    />{' '}
                    {sameZone
                      ? t('meetingForms.slotOne', { time: eventTime, zone: settings.timeZone })
                      : t('meetingForms.slotTwo', {
                          time: eventTime,
                          zone: settings.timeZone,
                          local: viewerTime,
                          viewerZone: viewer,
                        })}
                  </label>
                </li>
              );
            })}
          </ul>
          {errorsUnder(errors, 'ranges').length > 0 ? (
            <p className="field-errors" id={`${headingId}-e`}>
              {errorsUnder(errors, 'ranges').join(' ')}
            </p>
          ) : null}
        </fieldset>
        <p className="hint">
          {selected.length === 0
            ? t('meetingForms.anySlot')
            : t('meetingForms.chosen', { count: selected.length })}
        </p>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('meetingForms.saveAvailability')}
        </button>
        {saved ? <p role="status">{t('meetingForms.availabilitySaved')}</p> : null}
      </form>
    </section>
  );
}
