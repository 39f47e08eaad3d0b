import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { audit } from '../../api/endpoints';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useUiLanguage } from '../../taxonomy/labels';
import { humanize } from './DeliveriesPage';

const PER_PAGE = 25;

export function AuditLogPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [params, setParams] = useSearchParams();
  const action = params.get('action') ?? '';
  const targetType = params.get('targetType') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [actionInput, setActionInput] = useState(action);
  const [targetInput, setTargetInput] = useState(targetType);
  const actionId = useId();
  const targetId = useId();
  usePageTitle(t('audit.title'));
  const query = { action: action || undefined, targetType: targetType || undefined, page, limit: PER_PAGE };
  const log = useQuery({ queryKey: ['audit', query], queryFn: () => audit.list(query) });
  const filter = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (actionInput.trim()) next.action = actionInput.trim();
    if (targetInput.trim()) next.targetType = targetInput.trim();
    setParams(next);
  };
  return (
    <>
      <PageHeader title={t('audit.title')} lead={t('audit.lead')} />
      <form className="toolbar" onSubmit={filter}>
        <div className="inline-field">
          <label htmlFor={actionId}>{t('audit.action')}</label>
          <input id={actionId} value={actionInput} onChange={(event) => setActionInput(event.target.value)} />
        </div>
        <div className="inline-field">
          <label htmlFor={targetId}>{t('audit.targetType')}</label>
          <input id={targetId} value={targetInput} onChange={(event) => setTargetInput(event.target.value)} />
        </div>
        <button type="submit" className="button button--secondary button--small">
          {t('search.apply')}
        </button>
      </form>
      {log.isPending ? <Loading /> : null}
      {log.isError ? <ErrorMessage error={log.error} /> : null}
      {log.data?.items.length === 0 ? <EmptyState>{t('audit.none')}</EmptyState> : null}
      {log.data && log.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.change')}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.createdAt, language)}</td>
                  <td>
                    {t(`auditText.actions.${actionKey(entry.action)}`, {
                      defaultValue: humanize(entry.action),
                    })}
                  </td>
                  <td>
                    <span className="meta">
                      {t(`auditText.targets.${entry.targetType}`, {
                        defaultValue: humanize(entry.targetType),
                      })}
                    </span>{' '}
                    {entry.targetName ?? <code className="id">{entry.targetId.slice(0, 8)}</code>}
                  </td>
                  <td>
                    {entry.actorId ? (entry.actorName ?? t('auditText.formerUser')) : t('audit.system')}
                  </td>
                  <td>
                    <AuditChange before={entry.before} after={entry.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {log.data ? (
        <Pagination
          page={page}
          total={log.data.total}
          limit={PER_PAGE}
          onPage={(next) => setParams({ ...Object.fromEntries(params), page: String(next) })}
        />
      ) : null}
    </>
  );
}

/** i18next reads dots as nesting: `organization.verified` is looked up as `organization_verified`. */
const actionKey = (action: string) => action.replace(/\./g, '_');

type Snapshot = Record<string, unknown> | null;

/** What changed, field by field: the value before and after, only for fields that differ. */
export function changedFields(
  before: Snapshot,
  after: Snapshot,
): { field: string; before: unknown; after: unknown }[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields]
    .filter((field) => JSON.stringify(before?.[field]) !== JSON.stringify(after?.[field]))
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }));
}

function AuditChange({ before, after }: { before: Snapshot; after: Snapshot }) {
  const { t } = useTranslation();
  const changes = changedFields(before, after);
  if (changes.length === 0) return <>—</>;
  return (
    <div className="table-scroll">
      <table className="diff-table">
        <thead>
          <tr>
            <th scope="col">{t('auditText.field')}</th>
            <th scope="col">{t('auditText.before')}</th>
            <th scope="col">{t('auditText.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">
                {t(`auditText.fields.${change.field}`, { defaultValue: humanize(change.field) })}
              </th>
              <td>
                <del>{shown(change.before)}</del>
              </td>
              <td>
                <ins>{shown(change.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.map(shown).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
