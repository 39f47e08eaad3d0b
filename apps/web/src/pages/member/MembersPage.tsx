import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { members } from '../../api/endpoints';
import { isApiError } from '../../api/problem';
import type { MemberRole, MemberView, PendingInvitationView } from '../../api/types';
import { EmptyState, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useMe } from '../../session/session';
import { useUiLanguage } from '../../taxonomy/labels';

const ROLES: MemberRole[] = ['owner', 'member'];

export function MembersPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('members.title'));
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} />;
  const organizationId = me.data.organization?.id;
  return (
    <>
      <PageHeader title={t('members.title')} lead={t('members.lead')} />
      {!organizationId ? null : me.data.user.memberRole !== 'owner' ? (
        <p className="alert alert--info">{t('members.onlyOwners')}</p>
      ) : (
        <>
          <MemberTable organizationId={organizationId} selfId={me.data.user.id} />
          <PendingInvitations organizationId={organizationId} />
        </>
      )}
    </>
  );
}

function MemberTable({ organizationId, selfId }: { organizationId: string; selfId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['members', organizationId],
    queryFn: () => members.list(organizationId),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['members', organizationId] });
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) =>
      members.changeRole(organizationId, userId, role),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (userId: string) => members.revoke(organizationId, userId),
    onSettled: refresh,
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} retry={() => void list.refetch()} />;
  const failure = changeRole.error ?? revoke.error;
  const confirmRevoke = (member: MemberView) => {
    if (window.confirm(t('members.confirmRevoke', { name: member.displayName }))) revoke.mutate(member.id);
  };
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.current')}</h2>
      {failure && isApiError(failure) ? <ErrorMessage error={failure} /> : null}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('account.email')}</th>
              <th scope="col">{t('members.role')}</th>
              <th scope="col">{t('members.memberStatus')}</th>
              <th scope="col">{t('profile.lastLogin')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((member) => {
              const active = member.status === 'active';
              return (
                <tr key={member.id}>
                  <td>
                    {member.displayName} {member.id === selfId ? t('members.you') : null}
                  </td>
                  <td>
                    {member.email}
                    {!member.emailVerified ? (
                      <span className="hint"> ({t('members.unverified')})</span>
                    ) : null}
                  </td>
                  <td>
                    {active ? (
                      <select
                        aria-label={t('members.changeRole', { name: member.displayName })}
                        value={member.memberRole}
                        disabled={changeRole.isPending}
                        onChange={(e) =>
                          changeRole.mutate({ userId: member.id, role: e.target.value as MemberRole })
                        }
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`members.roles.${role}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`members.roles.${member.memberRole}`)
                    )}
                  </td>
                  <td>{active ? t('members.active') : t('members.revoked')}</td>
                  <td>{formatDateTime(member.lastLoginAt, language)}</td>
                  <td>
                    {active && member.id !== selfId ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('members.revokeLabel', { name: member.displayName })}
                        disabled={revoke.isPending}
                        onClick={() => confirmRevoke(member)}
                      >
                        {t('members.revoke')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PendingInvitations({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const key = ['invitations', organizationId];
  const list = useQuery({ queryKey: key, queryFn: () => members.invitations(organizationId) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const resend = useMutation({
    mutationFn: (invitation: PendingInvitationView) =>
      members.resendInvitation(organizationId, invitation.id),
    onSettled: refresh,
  });
  const withdraw = useMutation({
    mutationFn: (invitation: PendingInvitationView) =>
      members.revokeInvitation(organizationId, invitation.id),
    onSettled: refresh,
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} retry={() => void list.refetch()} />;
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('members.pending')}</h2>
      {resend.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('members.resent', { email: resend.data.email })}
        </p>
      ) : null}
      {(resend.error ?? withdraw.error) ? <ErrorMessage error={resend.error ?? withdraw.error} /> : null}
      {list.data.items.length === 0 ? (
        <EmptyState>{t('members.noPending')}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('account.email')}</th>
                <th scope="col">{t('members.invitedBy')}</th>
                <th scope="col">{t('members.expires')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((invitation) => (
                <tr key={invitation.id}>
                  <td>{invitation.email}</td>
                  <td>{invitation.invitedByName ?? '—'}</td>
                  <td>
                    {formatDateTime(invitation.expiresAt, language)}
                    {new Date(invitation.expiresAt) < new Date() ? ` (${t('members.expired')})` : null}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('members.resendLabel', { email: invitation.email })}
                      disabled={resend.isPending}
                      onClick={() => resend.mutate(invitation)}
                    >
                      {t('members.resend')}
                    </button>{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('members.withdrawLabel', { email: invitation.email })}
                      disabled={withdraw.isPending}
                      onClick={() => withdraw.mutate(invitation)}
                    >
                      {t('members.withdraw')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
