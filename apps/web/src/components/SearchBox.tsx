import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The free-text search form; it reports the text only when submitted, so typing does not fire a search per key. */
export function SearchBox({
  initial,
  onSearch,
  label,
  placeholder,
}: {
  initial: string;
  onSearch: (q: string) => void;
  /** Default: the technology search's words. */
  label?: string;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initial);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label ?? t('search.queryLabel')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        value={q}
        maxLength={200}
        placeholder={placeholder ?? t('search.placeholder')}
        onChange={(event) => setQ(event.target.value)}
      />
      <button type="submit" className="button">
        {t('search.submit')}
      </button>
    </form>
  );
}
