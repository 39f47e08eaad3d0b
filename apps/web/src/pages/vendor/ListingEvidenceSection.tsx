import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { files } from '../../api/endpoints';
import {
  ISSUER_KINDS,
  evidence,
  isVerifiedClaim,
  type ClaimView,
  type EvidenceInput,
  type IssuerKind,
} from '../../api/evidence-endpoints';
import { Field } from '../../components/forms';
import { ClaimSummary } from '../public/ListingEvidence';
import { Section } from './ListingSection';
import { AddClaimForm } from './AddClaimForm';
import { useErrorsOf, type Errors, type Message } from './evidence-errors';

interface Props {
  listingId: string;
  pollutants: string[];
  editable: boolean;
}

/** The editor's claims: each with its evidence (attach by upload or link, replace, remove), and new claims. */
export function ListingEvidenceSection({ listingId, pollutants, editable }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queryKey = ['evidence', listingId];
  const claims = useQuery({ queryKey, queryFn: () => evidence.list(listingId) });
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const errorsOf = useErrorsOf();
  const refresh = () => queryClient.invalidateQueries({ queryKey });

  const removeEvidence = async (claim: ClaimView) => {
    setMessage(null);
    try {
      await evidence.detach(listingId, claim.id);
      setMessage({ kind: 'success', text: t('evidence.removed', { claim: claim.statement }) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorsOf(error).general ?? t('errors.network') });
    }
    await refresh();
  };
  const removeClaim = async (claim: ClaimView) => {
    setMessage(null);
    try {
      await evidence.remove(listingId, claim.id);
      setMessage({ kind: 'success', text: t('evidence.claimRemoved', { claim: claim.statement }) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorsOf(error).general ?? t('errors.network') });
    }
    await refresh();
  };

  const items = claims.data?.items ?? [];
  return (
    <Section title={t('evidence.heading')}>
      <p className="hint">{t('evidence.intro')}</p>
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`alert ${message.kind === 'error' ? 'alert--error' : 'alert--success'}`}
        >
          {message.text}
        </p>
      ) : null}
      {claims.isSuccess && items.length === 0 ? <p className="empty">{t('evidence.none')}</p> : null}
      <ul className="claim-list">
        {items.map((claim) => (
          <li key={claim.id} className="claim card">
            <ClaimSummary claim={claim} />
            {editable && editing !== claim.id ? (
              <div className="claim-actions">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={`${claim.evidence ? t('evidence.replace') : t('evidence.attach')}: ${claim.statement}`}
                  onClick={() => {
                    setMessage(null);
                    setEditing(claim.id);
                  }}
                >
                  {claim.evidence ? t('evidence.replace') : t('evidence.attach')}
                </button>
                {claim.evidence ? (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('evidence.removeEvidenceLabel', { claim: claim.statement })}
                    onClick={() => void removeEvidence(claim)}
                  >
                    {t('evidence.removeEvidence')}
                  </button>
                ) : null}
                {claim.fromListing ? null : (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('evidence.removeClaimLabel', { claim: claim.statement })}
                    onClick={() => void removeClaim(claim)}
                  >
                    {t('evidence.removeClaim')}
                  </button>
                )}
              </div>
            ) : null}
            {editable && editing === claim.id ? (
              <EvidenceForm
                listingId={listingId}
                claim={claim}
                onDone={async (saved) => {
                  setEditing(null);
                  if (saved)
                    setMessage({ kind: 'success', text: t('evidence.saved', { claim: claim.statement }) });
                  await refresh();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <AddClaimForm
          listingId={listingId}
          pollutants={pollutants}
          onAdded={async (claim) => {
            setMessage({ kind: 'success', text: t('evidence.added', { claim: claim.statement }) });
            await refresh();
          }}
        />
      ) : null}
    </Section>
  );
}

function EvidenceForm(props: {
  listingId: string;
  claim: ClaimView;
  onDone: (saved: boolean) => Promise<void>;
}) {
  const { t } = useTranslation();
  const errorsOf = useErrorsOf();
  const current = props.claim.evidence;
  const [source, setSource] = useState<'file' | 'url'>(current?.url && !current.file ? 'url' : 'file');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState(current?.url ?? '');
  const [issuer, setIssuer] = useState(current?.issuer ?? '');
  const [issuerKind, setIssuerKind] = useState<IssuerKind>(current?.issuerKind ?? 'lab');
  const [method, setMethod] = useState(current?.method ?? '');
  const [testedOn, setTestedOn] = useState(current?.testedOn ?? '');
  const [conditions, setConditions] = useState(current?.conditions ?? '');
  const [validUntil, setValidUntil] = useState(current?.validUntil ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const sourceName = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setGeneral(null);
    let uploadedId: string | undefined;
    try {
      if (source === 'file' && file) {
        setBusy(t('evidence.uploading', { name: file.name }));
        uploadedId = (await files.upload(file, () => undefined)).id;
      }
      const fileId = source === 'file' ? (uploadedId ?? current?.file?.id) : undefined;
      const input: EvidenceInput = {
        ...(fileId ? { fileId } : {}),
        ...(source === 'url' && url.trim() ? { url: url.trim() } : {}),
        issuer: issuer.trim(),
        issuerKind,
        ...(method.trim() ? { method: method.trim() } : {}),
        ...(testedOn ? { testedOn } : {}),
        ...(conditions.trim() ? { conditions: conditions.trim() } : {}),
        ...(validUntil ? { validUntil } : {}),
      };
      await evidence.attach(props.listingId, props.claim.id, input);
      await props.onDone(true);
    } catch (error) {
      if (uploadedId) await files.remove(uploadedId).catch(() => undefined);
      const found = errorsOf(error);
      setErrors(found.fields);
      setGeneral(found.general);
    } finally {
      setBusy(null);
    }
  };

  return (
    <form
      className="evidence-form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('evidence.attachFor', { claim: props.claim.statement })}
    >
      <h3>{t('evidence.attachFor', { claim: props.claim.statement })}</h3>
      {isVerifiedClaim(props.claim) ? (
        <p className="alert alert--warning">{t('evidence.resetWarning')}</p>
      ) : null}
      {general ? (
        <p role="alert" className="alert alert--error">
          {general}
        </p>
      ) : null}
      <fieldset>
        <legend>{t('evidence.source')}</legend>
        <label className="inline-field">
          <input
            type="radio"
            name={sourceName}
            checked={source === 'file'}
            onChange={() => setSource('file')}
          />{' '}
          {t('evidence.sourceFile')}
        </label>{' '}
        <label className="inline-field">
          <input
            type="radio"
            name={sourceName}
            checked={source === 'url'}
            onChange={() => setSource('url')}
          />{' '}
          {t('evidence.sourceUrl')}
        </label>
      </fieldset>
      {source === 'file' ? (
        <Field label={t('evidence.file')} errors={errors.fileId} hint={current?.file?.name}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
      ) : (
        <Field label={t('evidence.url')} errors={[...(errors.url ?? []), ...(errors.fileId ?? [])]}>
          {(control) => (
            <input {...control} type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
          )}
        </Field>
      )}
      <div className="field-row">
        <Field label={t('evidence.issuer')} errors={errors.issuer} required>
          {(control) => (
            <input {...control} value={issuer} onChange={(event) => setIssuer(event.target.value)} />
          )}
        </Field>
        <Field label={t('evidence.issuerKind')} errors={errors.issuerKind} required>
          {(control) => (
            <select
              {...control}
              value={issuerKind}
              onChange={(event) => setIssuerKind(event.target.value as IssuerKind)}
            >
              {ISSUER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`evidence.issuerKinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('evidence.methodField')} errors={errors.method}>
        {(control) => (
          <input {...control} value={method} onChange={(event) => setMethod(event.target.value)} />
        )}
      </Field>
      <div className="field-row">
        <Field label={t('evidence.testedOnField')} errors={errors.testedOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={testedOn}
              onChange={(event) => setTestedOn(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('evidence.validUntilField')} errors={errors.validUntil}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={validUntil}
              onChange={(event) => setValidUntil(event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label={t('evidence.conditionsField')} errors={errors.conditions}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={conditions}
            onChange={(event) => setConditions(event.target.value)}
          />
        )}
      </Field>
      {busy ? <p role="status">{busy}</p> : null}
      <div className="claim-actions">
        <button type="submit" className="button" disabled={busy !== null}>
          {t('evidence.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void props.onDone(false)}>
          {t('evidence.cancel')}
        </button>
      </div>
    </form>
  );
}
