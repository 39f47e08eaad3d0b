import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listingCsv, type ImportReport } from '../../api/admin-endpoints';
import { organizations } from '../../api/endpoints';
import { limitIn } from '../../api/problem';
import type { TechnologyStatus } from '../../api/types';
import { ErrorMessage, PageHeader, usePageTitle } from '../../components/common';

const STATUSES: TechnologyStatus[] = [
  'draft',
  'submitted',
  'changes_requested',
  'published',
  'archived',
  'expired',
];

/** Listings in bulk: a CSV file becomes drafts of a vendor (with a report per refused row), and all out as CSV. */
export function ImportExportPage() {
  const { t } = useTranslation();
  usePageTitle(t('csvImport.title'));
  return (
    <>
      <PageHeader title={t('csvImport.title')} lead={t('csvImport.lead')} />
      <ImportForm />
      <ExportForm />
    </>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const fileId = useId();
  const vendorId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [organizationId, setOrganizationId] = useState('');
  const [missing, setMissing] = useState<'file' | 'vendor'>();
  const vendors = useQuery({
    queryKey: ['organizations', 'vendors-for-import'],
    queryFn: () => organizations.list({ kind: 'vendor', limit: 100 }),
  });
  const run = useMutation({
    mutationFn: async () => listingCsv.import(await file!.text(), organizationId),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!organizationId) return setMissing('vendor');
    if (!file) {
      setMissing('file');
      fileInput.current?.focus();
      return;
    }
    setMissing(undefined);
    run.mutate();
  };
  return (
    <section aria-labelledby="import-heading" className="card">
      <h2 id="import-heading">{t('csvImport.importHeading')}</h2>
      <p>{t('csvImport.format')}</p>
      <form onSubmit={submit} noValidate className="form">
        <div className={`field ${missing === 'vendor' ? 'field--invalid' : ''}`}>
          <label htmlFor={vendorId}>{t('csvImport.vendor')}</label>
          <select
            id={vendorId}
            value={organizationId}
            aria-invalid={missing === 'vendor' || undefined}
            onChange={(event) => setOrganizationId(event.target.value)}
          >
            <option value="">{t('form.choose')}</option>
            {vendors.data?.items.map((vendor) => (
              <option key={vendor.id} value={vendor.id}>
                {vendor.name}
              </option>
            ))}
          </select>
          {missing === 'vendor' ? <p className="field-errors">{t('csvImport.chooseVendor')}</p> : null}
        </div>
        <div className={`field ${missing === 'file' ? 'field--invalid' : ''}`}>
          <label htmlFor={fileId}>{t('csvImport.file')}</label>
          <input
            id={fileId}
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
            aria-invalid={missing === 'file' || undefined}
            onChange={(event) => setFile(event.target.files?.[0])}
          />
          {missing === 'file' ? <p className="field-errors">{t('csvImport.chooseFile')}</p> : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={run.isPending}>
            {run.isPending ? t('csvImport.importing') : t('csvImport.import')}
          </button>
        </div>
      </form>
      {run.isError ? <ErrorMessage error={run.error} /> : null}
      {run.data ? <ImportReportView report={run.data} /> : null}
    </section>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <div className="import-report">
      <p role="status" className={`alert ${report.rejected > 0 ? 'alert--warning' : 'alert--success'}`}>
        {t('csvImport.imported', { count: report.imported })}{' '}
        {report.rejected > 0 ? t('csvImport.rejected', { count: report.rejected }) : null}
      </p>
      {report.errors.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('csvImport.reportCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('csvImport.row')}</th>
                <th scope="col">{t('csvImport.column')}</th>
                <th scope="col">{t('csvImport.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((error, index) => (
                <tr key={`${error.row}-${error.field}-${index}`}>
                  <td>{error.row}</td>
                  <td>
                    <code>{error.field}</code>
                  </td>
                  <td>
                    {t(`errors.rules.${error.rule}`, {
                      defaultValue: error.message,
                      limit: limitIn(error.message),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.errorsTruncated ? <p className="note">{t('csvImport.truncated')}</p> : null}
    </div>
  );
}

function ExportForm() {
  const { t } = useTranslation();
  const statusId = useId();
  const [status, setStatus] = useState('');
  const download = useMutation({
    mutationFn: async () => {
      const blob = await listingCsv.export({ status: status || undefined });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `listings${status ? `-${status}` : ''}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
  return (
    <section aria-labelledby="export-heading" className="card">
      <h2 id="export-heading">{t('csvImport.exportHeading')}</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          download.mutate();
        }}
      >
        <div className="field">
          <label htmlFor={statusId}>{t('csvImport.status')}</label>
          <select id={statusId} value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t('csvImport.allStatuses')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.technology.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={download.isPending}>
            {t('csvImport.export')}
          </button>
        </div>
      </form>
      {download.isSuccess ? <p role="status">{t('csvImport.exported')}</p> : null}
      {download.isError ? <ErrorMessage error={download.error} /> : null}
    </section>
  );
}
