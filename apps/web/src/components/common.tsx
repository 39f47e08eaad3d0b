import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api/problem';
import { takePendingHeadingFocus } from '../app/focus';
import { problemText } from './forms';

/** Sets the tab title; every page names itself (screen readers announce it). */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · 3iPET`;
  }, [title]);
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

/**
 * Space held for content on its way, shaped like it (text lines, result cards or a whole page), so nothing
 * moves when it arrives. Announced as loading; the shapes themselves are hidden from screen readers.
 */
export function Placeholder({
  rows = 3,
  shape = 'line',
}: {
  rows?: number;
  shape?: 'line' | 'item' | 'card' | 'page';
}) {
  const { t } = useTranslation();
  return (
    <div className={`placeholder placeholder--${shape}`} role="status">
      <span className="visually-hidden">{t('common.loading')}</span>
      {Array.from({ length: rows }, (_, index) => (
        <span key={index} className="placeholder-row" aria-hidden="true" />
      ))}
    </div>
  );
}

/** A failed request in words; 403 and 404 get their own sentence. */
export function ErrorMessage({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  const message = isApiError(error) ? problemText(t, error.problem) : t('errors.network');
  return (
    <div className="alert alert--error" role="alert">
      <p>{message}</p>
      {retry ? (
        <button type="button" className="button button--secondary" onClick={retry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function PageHeader({
  title,
  actions,
  lead,
}: {
  title: ReactNode;
  actions?: ReactNode;
  lead?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takePendingHeadingFocus()) heading.current?.focus();
  }, []);
  return (
    <div className="page-header">
      <div>
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {lead ? <p className="lead">{lead}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}

export function StatusBadge({
  status,
  group,
}: {
  status: string;
  group: 'technology' | 'need' | 'match' | 'response';
}) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`}>
      {t(`status.${group}.${status}`, { defaultValue: status })}
    </span>
  );
}

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  if (!verified) return null;
  return (
    <span className="badge badge--verified" title={t('organization.verifiedHint')}>
      ✓ {t('organization.verified')}
    </span>
  );
}

export function Chips({ items, label }: { items: string[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Page links when `hrefFor` is given (shareable), buttons otherwise. */
export function Pagination(props: {
  page: number;
  total: number;
  limit: number;
  hrefFor?: (page: number) => string;
  onPage?: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(props.total / props.limit));
  if (pages <= 1) return null;
  const shown = pageWindow(props.page, pages);
  const link = (page: number, label: ReactNode, rel?: string, ariaLabel?: string) =>
    props.hrefFor ? (
      <Link to={props.hrefFor(page)} rel={rel} aria-label={ariaLabel}>
        {label}
      </Link>
    ) : (
      <button
        type="button"
        className="link-button"
        onClick={() => props.onPage?.(page)}
        aria-label={ariaLabel}
      >
        {label}
      </button>
    );
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <ul>
        {props.page > 1 ? <li>{link(props.page - 1, `‹ ${t('pagination.previous')}`, 'prev')}</li> : null}
        {shown.map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : page === props.page ? (
            <li key={page}>
              <span aria-current="page" className="current">
                {page}
              </span>
            </li>
          ) : (
            <li key={page}>{link(page, String(page), undefined, t('pagination.page', { page }))}</li>
          ),
        )}
        {props.page < pages ? <li>{link(props.page + 1, `${t('pagination.next')} ›`, 'next')}</li> : null}
      </ul>
    </nav>
  );
}

/** 1 … 4 5 [6] 7 8 … 20 */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...wanted].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const page of sorted) {
    const previous = result[result.length - 1];
    if (typeof previous === 'number' && page - previous > 1) result.push(null);
    result.push(page);
  }
  return result;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
