import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { savedNeedSearches } from '../../api/endpoints';
import type { SavedNeedQuery, SavedNeedSearchView } from '../../api/types';
import { ErrorMessage } from '../../components/common';

const KEY = ['saved-need-searches'];

/** The opportunities page's address for a saved query, so a saved search opens as it was saved. */
export function opportunitiesLink(query: SavedNeedQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.pollutants?.length) params.set('pollutants', query.pollutants.join(','));
  if (query.sectors?.length) params.set('sectors', query.sectors.join(','));
  if (query.country?.length) params.set('country', query.country[0]);
  const search = params.toString();
  return `/vendor/opportunities${search ? `?${search}` : ''}`;
}

/** Vendors keep a search of open needs to hear about new needs that match it. */
export function SaveNeedSearch({ query }: { query: SavedNeedQuery }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = useId();
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const save = useMutation({
    mutationFn: () => savedNeedSearches.create(name.trim(), query),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  if (save.isSuccess) {
    return (
      <p className="alert alert--success" role="status">
        {t('savedNeedSearches.saved')}
      </p>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          setName(query.q || t('search.defaultSavedName'));
          setOpen(true);
        }}
      >
        {t('savedNeedSearches.save')}
      </button>
    );
  }
  return (
    <form
      className="save-search"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <label htmlFor={id}>{t('search.savedName')}</label>
      <div className="input-with-button">
        <input
          id={id}
          value={name}
          maxLength={100}
          required
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          {t('common.save')}
        </button>
      </div>
      {save.isError ? <ErrorMessage error={save.error} /> : null}
    </form>
  );
}

/** The vendor's saved searches of needs, each opening the search it keeps, each removable. */
export function SavedNeedSearchList() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: KEY, queryFn: savedNeedSearches.list });
  const remove = useMutation({
    mutationFn: (saved: SavedNeedSearchView) => savedNeedSearches.remove(saved.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  if (!list.data || list.data.items.length === 0) return null;
  return (
    <section aria-labelledby="saved-need-searches-heading" className="saved-need-searches">
      <h2 id="saved-need-searches-heading">{t('savedNeedSearches.title')}</h2>
      <p className="hint">{t('savedNeedSearches.hint')}</p>
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      <ul className="compact-list">
        {list.data.items.map((saved) => (
          <li key={saved.id}>
            <Link to={opportunitiesLink(saved.query)}>{saved.name}</Link>{' '}
            <button
              type="button"
              className="link-button"
              aria-label={t('savedNeedSearches.removeLabel', { name: saved.name })}
              disabled={remove.isPending}
              onClick={() => remove.mutate(saved)}
            >
              {t('savedNeedSearches.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
