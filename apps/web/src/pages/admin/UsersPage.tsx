import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { adminUsers } from '../../api/admin-endpoints';
import type { Role, UserView } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useSignedInUser } from '../../session/session';
import { useUiLanguage } from '../../taxonomy/labels';

const PER_PAGE = 25;
const ROLES: Role[] = ['vendor', 'agency', 'admin'];

/** Every account: find one by name or address, disable or enable it, change its role. */
export function UsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const role = params.get('role') ?? '';
  const status = params.get('status') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [qInput, setQInput] = useState(q);
  const [roleInput, setRoleInput] = useState(role);
  const [statusInput, setStatusInput] = useState(status);
  const qId = useId();
  const roleId = useId();
  const statusId = useId();
  usePageTitle(t('adminUsers.title'));
  const query = {
    q: q || undefined,
    role: role || undefined,
    status: status || undefined,
    page,
    limit: PER_PAGE,
  };
  const list = useQuery({ queryKey: ['admin-users', query], queryFn: () => adminUsers.list(query) });
  const filter = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (qInput.trim()) next.q = qInput.trim();
    if (roleInput) next.role = roleInput;
    if (statusInput) next.status = statusInput;
    setParams(next);
  };
  return (
    <>
      <PageHeader title={t('adminUsers.title')} lead={t('adminUsers.lead')} />
      <form className="toolbar" role="search" onSubmit={filter}>
        <div className="inline-field">
          <label htmlFor={qId}>{t('adminUsers.search')}</label>
          <input id={qId} type="search" value={qInput} onChange={(event) => setQInput(event.target.value)} />
        </div>
        <div className="inline-field">
          <label htmlFor={roleId}>{t('adminUsers.role')}</label>
          <select id={roleId} value={roleInput} onChange={(event) => setRoleInput(event.target.value)}>
            <option value="">{t('adminUsers.any')}</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor={statusId}>{t('adminUsers.status')}</label>
          <select id={statusId} value={statusInput} onChange={(event) => setStatusInput(event.target.value)}>
            <option value="">{t('adminUsers.any')}</option>
            <option value="active">{t('adminUsers.statuses.active')}</option>
            <option value="disabled">{t('adminUsers.statuses.disabled')}</option>
          </select>
        </div>
        <button type="submit" className="button button--secondary button--small">
          {t('search.apply')}
        </button>
      </form>
      <p role="status" className="results-count">
        {list.data ? t('adminUsers.count', { count: list.data.total }) : ''}
      </p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('adminUsers.none')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('adminUsers.name')}</th>
                <th scope="col">{t('adminUsers.role')}</th>
                <th scope="col">{t('adminUsers.status')}</th>
                <th scope="col">{t('adminUsers.lastLogin')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((user) => (
                <UserRow key={user.id} user={user} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pagination
          page={page}
          total={list.data.total}
          limit={PER_PAGE}
          onPage={(next) => setParams({ ...Object.fromEntries(params), page: String(next) })}
        />
      ) : null}
    </>
  );
}

function UserRow({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const me = useSignedInUser();
  const queryClient = useQueryClient();
  const roleId = useId();
  const update = useMutation({
    mutationFn: (changes: { status?: UserView['status']; role?: Role }) =>
      adminUsers.update(user.id, changes),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin-users'] }),
  });
  const isMe = me?.id === user.id;
  return (
    <tr>
      <th scope="row">
        {user.displayName}
        <br />
        <span className="meta">{user.email}</span>
      </th>
      <td>
        <label htmlFor={roleId} className="visually-hidden">
          {t('adminUsers.roleOf', { name: user.displayName })}
        </label>
        <select
          id={roleId}
          value={user.role}
          disabled={isMe || update.isPending}
          onChange={(event) => update.mutate({ role: event.target.value as Role })}
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </select>
      </td>
      <td>{t(`adminUsers.statuses.${user.status}`)}</td>
      <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, language) : t('adminUsers.never')}</td>
      <td>
        {isMe ? (
          <span className="meta">{t('adminUsers.you')}</span>
        ) : (
          <button
            type="button"
            className={`button button--small ${user.status === 'active' ? 'button--secondary' : ''}`}
            disabled={update.isPending}
            aria-label={t(user.status === 'active' ? 'adminUsers.disableLabel' : 'adminUsers.enableLabel', {
              name: user.displayName,
            })}
            onClick={() => update.mutate({ status: user.status === 'active' ? 'disabled' : 'active' })}
          >
            {t(user.status === 'active' ? 'adminUsers.disable' : 'adminUsers.enable')}
          </button>
        )}
        {update.isError ? <ErrorMessage error={update.error} /> : null}
      </td>
    </tr>
  );
}
