import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { useUiLanguage } from '../taxonomy/labels';

/** "Verified by expert review · 2 Jun 2025": shown when expert review confirmed a claim of the listing. */
export function ExpertReviewBadge({ verifiedAt }: { verifiedAt: string | null | undefined }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (!verifiedAt) return null;
  return (
    <span className="badge badge--verified badge--expert-review" title={t('evidence.badgeHint')}>
      ✓ {t('evidence.badgeWithDate', { date: formatDate(verifiedAt, language) })}
    </span>
  );
}

/** The latest verdict date among a listing's verified claims. */
export function lastVerifiedAt(claims: readonly { verifiedAt: string }[] | undefined): string | null {
  return (claims ?? []).reduce<string | null>(
    (latest, claim) => (latest === null || claim.verifiedAt > latest ? claim.verifiedAt : latest),
    null,
  );
}
