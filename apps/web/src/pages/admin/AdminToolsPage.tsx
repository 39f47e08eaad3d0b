import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { openQueueDashboard } from '../../api/admin-endpoints';
import { PageHeader, usePageTitle } from '../../components/common';

/** What only the API could do before: one place that leads to each admin tool. */
export function AdminToolsPage() {
  const { t } = useTranslation();
  const [opening, setOpening] = useState(false);
  usePageTitle(t('tools.title'));
  const tools = [
    { to: '/admin/import', title: t('tools.import'), text: t('tools.importText') },
    { to: '/admin/users', title: t('tools.users'), text: t('tools.usersText') },
    { to: '/admin/deliveries', title: t('tools.deliveries'), text: t('tools.deliveriesText') },
    { to: '/admin/audit', title: t('nav.audit'), text: t('tools.auditText') },
  ];
  return (
    <>
      <PageHeader title={t('tools.title')} lead={t('tools.lead')} />
      <ul className="role-cards">
        {tools.map((tool) => (
          <li key={tool.to} className="card">
            <h2>
              <Link to={tool.to}>{tool.title}</Link>
            </h2>
            <p>{tool.text}</p>
          </li>
        ))}
        <li className="card">
          <h2>{t('tools.queues')}</h2>
          <p>{t('tools.queuesText')}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={opening}
            onClick={() => {
              setOpening(true);
              void openQueueDashboard().finally(() => setOpening(false));
            }}
          >
            {t('tools.openQueues')}
          </button>
        </li>
      </ul>
    </>
  );
}
