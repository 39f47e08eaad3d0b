import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_FORM_ERRORS, errorsUnder } from '../../api/problem';
import { type BookingSettingsInput, type BookingSettingsView, meetings } from '../../api/meeting-endpoints';
import { Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { isoToWallClock, wallClockToIso } from '../events/zoned';

type PlaceKind = 'table' | 'room' | 'online';
interface PlaceRow {
  name: string;
  kind: PlaceKind;
  url: string;
}
interface SettingsForm {
  open: boolean;
  windowStart: string;
  windowEnd: string;
  slotMinutes: string;
  perOrganizationLimit: string;
  places: PlaceRow[];
}

function formFrom(
  settings: BookingSettingsView | undefined,
  eventStartsAt: string | undefined,
): SettingsForm {
  if (!settings) {
    const day = eventStartsAt ? eventStartsAt.slice(0, 10) : '';
    return {
      open: true,
      windowStart: day ? `${day}T10:00` : '',
      windowEnd: day ? `${day}T17:00` : '',
      slotMinutes: '30',
      perOrganizationLimit: '8',
      places: [{ name: 'Table 1', kind: 'table', url: '' }],
    };
  }
  return {
    open: settings.open,
    windowStart: isoToWallClock(settings.windowStart),
    windowEnd: isoToWallClock(settings.windowEnd),
    slotMinutes: String(settings.slotMinutes),
    perOrganizationLimit: String(settings.perOrganizationLimit),
    places: settings.places.map((p) => ({ name: p.name, kind: p.kind, url: p.url ?? '' })),
  };
}

/** Organisers: open or close booking, its window (in the event's zone), slot length, limit and places. */
export function BookingSettingsSection({
  eventId,
  timeZone,
  eventStartsAt,
  settings,
}: {
  eventId: string;
  timeZone: string;
  eventStartsAt?: string;
  settings?: BookingSettingsView;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const headingId = useId();
  const [form, setForm] = useState<SettingsForm>(() => formFrom(settings, eventStartsAt));
  const [saved, setSaved] = useState(false);
  const zone = settings?.timeZone ?? timeZone;
  const save = useMutation({
    mutationFn: () => {
      const input: BookingSettingsInput = {
        open: form.open,
        windowStart: wallClockToIso(form.windowStart, zone),
        windowEnd: wallClockToIso(form.windowEnd, zone),
        slotMinutes: Number(form.slotMinutes),
        perOrganizationLimit: Number(form.perOrganizationLimit),
        places: form.places.map((p) => ({
          name: p.name,
          kind: p.kind,
          ...(p.kind === 'online' || p.url ? { url: p.url } : {}),
        })),
      };
      return meetings.saveSettings(eventId, input);
    },
    onSuccess: (view) => {
      setForm(formFrom(view, eventStartsAt));
      setSaved(true);
      queryClient.setQueryData(['meetings', eventId, 'settings'], view);
      return queryClient.invalidateQueries({ queryKey: ['meetings', eventId] });
    },
  });
  const errors = save.isError ? mapErrors(save.error) : NO_FORM_ERRORS;
  const set = (patch: Partial<SettingsForm>) => {
    setSaved(false);
    setForm((f) => ({ ...f, ...patch }));
  };
  const setPlace = (index: number, patch: Partial<PlaceRow>) =>
    set({ places: form.places.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  return (
    <section className="panel meeting-booking" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('meetingForms.bookingHeading')}</h2>
      <p className="hint">{t('meetingForms.bookingLead', { zone })}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <FormErrorSummary errors={errors} source={save.error} />
        <div className="field">
          <label>
            <input type="checkbox" checked={form.open} onChange={(e) => set({ open: e.target.checked })} />{' '}
            {t('meetingForms.open')}
          </label>
        </div>
        <Field label={t('meetingForms.windowStart', { zone })} errors={errors.fields.windowStart} required>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={form.windowStart}
              onChange={(e) => set({ windowStart: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('meetingForms.windowEnd', { zone })} errors={errors.fields.windowEnd} required>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={form.windowEnd}
              onChange={(e) => set({ windowEnd: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('meetingForms.slotMinutes')} errors={errors.fields.slotMinutes} required>
          {(control) => (
            <input
              {...control}
              type="number"
              min={5}
              max={240}
              value={form.slotMinutes}
              onChange={(e) => set({ slotMinutes: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('meetingForms.limit')} errors={errors.fields.perOrganizationLimit} required>
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={200}
              value={form.perOrganizationLimit}
              onChange={(e) => set({ perOrganizationLimit: e.target.value })}
            />
          )}
        </Field>
        <fieldset>
          <legend>{t('meetingForms.places')}</legend>
          {errors.fields.places ? <p className="field-errors">{errors.fields.places.join(' ')}</p> : null}
          {form.places.map((place, index) => (
            <div className="place-row" key={index}>
              <Field
                label={t('meetingForms.placeName', { n: index + 1 })}
                errors={errorsUnder(errors, `places.${index}.name`)}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    value={place.name}
                    maxLength={100}
                    onChange={(e) => setPlace(index, { name: e.target.value })}
                  />
                )}
              </Field>
              <Field
                label={t('meetingForms.placeKind', { n: index + 1 })}
                errors={errorsUnder(errors, `places.${index}.kind`)}
              >
                {(control) => (
                  <select
                    {...control}
                    value={place.kind}
                    onChange={(e) => setPlace(index, { kind: e.target.value as PlaceKind })}
                  >
                    {(['table', 'room', 'online'] as const).map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`meetingForms.kinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {place.kind === 'online' ? (
                <Field
                  label={t('meetingForms.placeUrl', { n: index + 1 })}
                  errors={errorsUnder(errors, `places.${index}.url`)}
                  required
                >
                  {(control) => (
                    <input
                      {...control}
                      type="url"
                      value={place.url}
                      onChange={(e) => setPlace(index, { url: e.target.value })}
                    />
                  )}
                </Field>
              ) : null}
              {form.places.length > 1 ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => set({ places: form.places.filter((_, i) => i !== index) })}
                >
                  {t('meetingForms.removePlace', { n: index + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              set({
                places: [...form.places, { name: `Table ${form.places.length + 1}`, kind: 'table', url: '' }],
              })
            }
          >
            {t('meetingForms.addPlace')}
          </button>
        </fieldset>
        <p>
          <button type="submit" className="button" disabled={save.isPending}>
            {t('meetingForms.saveBooking')}
          </button>
        </p>
        {saved ? <p role="status">{t('meetingForms.bookingSaved')}</p> : null}
      </form>
    </section>
  );
}
