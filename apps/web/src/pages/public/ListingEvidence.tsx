import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { evidence, isVerifiedClaim, type ClaimView } from '../../api/evidence-endpoints';
import { formatDate } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

/** The technology page's claims, each with its evidence and what expert review made of it. */
export function ListingEvidence({ listingId }: { listingId: string }) {
  const { t } = useTranslation();
  const claims = useQuery({ queryKey: ['evidence', listingId], queryFn: () => evidence.list(listingId) });
  const items = claims.data?.items ?? [];
  return (
    <section aria-labelledby="evidence-heading" className="listing-evidence">
      <h2 id="evidence-heading">{t('evidence.publicHeading')}</h2>
      {claims.isSuccess && items.length === 0 ? <p className="empty">{t('evidence.publicNone')}</p> : null}
      {items.length > 0 ? (
        <ul className="claim-list">
          {items.map((claim) => (
            <li key={claim.id} className="claim card">
              <ClaimSummary claim={claim} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** One claim: what it says, its verification, and its evidence in full. Shared with the vendor's editor. */
export function ClaimSummary({ claim }: { claim: ClaimView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const found = claim.evidence;
  const verified = isVerifiedClaim(claim);
  return (
    <>
      <p className="claim-statement">
        <strong>{claim.statement}</strong>{' '}
        <span className="hint">
          {t(`evidence.kinds.${claim.kind}`)}
          {claim.pollutant ? ` · ${labels.pollutant(claim.pollutant)}` : ''}
        </span>
      </p>
      <p className="claim-verification">
        <span
          className={`badge ${verified ? 'badge--verified' : claim.verification.status === 'not-confirmed' ? 'badge--rejected' : ''}`}
        >
          {verified ? '✓ ' : ''}
          {t(`evidence.verification.${claim.verification.status}`)}
        </span>
        {verified && claim.verification.verifiedAt ? (
          <span className="hint">
            {' '}
            {t('evidence.verifiedOn', { date: formatDate(claim.verification.verifiedAt, language) })}
          </span>
        ) : null}
        {claim.verification.note ? <span className="hint"> — {claim.verification.note}</span> : null}
      </p>
      {found ? (
        <ul className="evidence-facts">
          {found.issuer ? (
            <li>
              {t('evidence.issuedBy', {
                issuer: found.issuer,
                kind: found.issuerKind ? t(`evidence.issuerKinds.${found.issuerKind}`) : '—',
              })}
            </li>
          ) : null}
          {found.method ? <li>{t('evidence.method', { method: found.method })}</li> : null}
          {found.testedOn ? (
            <li>{t('evidence.testedOn', { date: formatDate(found.testedOn, language) })}</li>
          ) : null}
          {found.conditions ? <li>{t('evidence.conditions', { conditions: found.conditions })}</li> : null}
          {found.validUntil ? (
            <li>{t('evidence.validUntil', { date: formatDate(found.validUntil, language) })}</li>
          ) : null}
          {found.file ? (
            <li>
              <a href={found.file.url} download={found.file.name}>
                {t('evidence.downloadFile', { name: found.file.name })}
              </a>
            </li>
          ) : null}
          {found.url ? (
            <li>
              <a href={found.url} rel="noopener noreferrer nofollow" target="_blank">
                {t('evidence.openLink')}
              </a>{' '}
              <span className="hint">{new URL(found.url).host}</span>
            </li>
          ) : null}
        </ul>
      ) : (
        <p className="hint">{t('evidence.noEvidence')}</p>
      )}
    </>
  );
}
