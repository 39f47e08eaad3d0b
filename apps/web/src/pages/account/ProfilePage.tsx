import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading, PageHeader, usePageTitle, VerifiedBadge } from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useMe } from '../../session/session';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import { ChangeEmailForm, ChangeNameForm, ChangePasswordForm } from './AccountSettingsForms';

export function ProfilePage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useLabels();
  const me = useMe();
  usePageTitle(t('profile.title'));
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} />;
  const { user, organization } = me.data;
  return (
    <>
      <PageHeader title={t('profile.title')} />
      <div className="two-columns">
        <section className="card" aria-labelledby="account-heading">
          <h2 id="account-heading">{t('profile.account')}</h2>
          <dl>
            <div className="fact">
              <dt>{t('account.displayName')}</dt>
              <dd>{user.displayName}</dd>
            </div>
            <div className="fact">
              <dt>{t('account.email')}</dt>
              <dd>{user.email}</dd>
            </div>
            <div className="fact">
              <dt>{t('profile.role')}</dt>
              <dd>{t(`roles.${user.role}`)}</dd>
            </div>
            <div className="fact">
              <dt>{t('profile.lastLogin')}</dt>
              <dd>{formatDateTime(user.lastLoginAt, language)}</dd>
            </div>
          </dl>
          <p className="hint">{t('profile.languageHint')}</p>
        </section>
        {organization ? (
          <section className="card" aria-labelledby="profile-org-heading">
            <h2 id="profile-org-heading">{t('profile.organization')}</h2>
            <p>
              <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>{' '}
              <VerifiedBadge verified={organization.verified} />
            </p>
            <p>
              {t(`organization.kinds.${organization.kind}`)} · {organization.city},{' '}
              {labels.country(organization.country)}
            </p>
            {!organization.verified ? <p className="note">{t('organization.notVerifiedYet')}</p> : null}
            <p>
              <Link to="/organization">{t('profile.editOrganization')}</Link>
            </p>
            <p>
              <Link to="/organization/notifications">{t('accountSettings.notifications')}</Link>
            </p>
          </section>
        ) : null}
      </div>
      <ChangeNameForm key={user.id} user={user} />
      <ChangePasswordForm />
      <ChangeEmailForm />
    </>
  );
}
