import { useTranslation } from 'react-i18next';
import type { ScoreComponent } from '../api/types';

/** The score split into its components: one bar per component (points out of its weight) and its sentence. */
export function ScoreBreakdown({ score, components }: { score: number; components: ScoreComponent[] }) {
  const { t } = useTranslation();
  return (
    <div className="score">
      <p className="score-total">
        <span className="score-number">{Math.round(score)}</span>
        <span className="score-of"> / 100 {t('match.score')}</span>
      </p>
      <ul className="score-components">
        {components.map((component) => {
          const share = component.weight > 0 ? Math.min(1, component.points / component.weight) : 0;
          return (
            <li key={component.name}>
              <div className="score-component-head">
                <span className="score-component-name">{t(`match.components.${component.name}`)}</span>
                <span className="score-component-points">
                  {formatPoints(component.points)} / {component.weight}
                </span>
              </div>
              <svg
                className="score-bar"
                viewBox="0 0 100 8"
                preserveAspectRatio="none"
                role="img"
                aria-label={t('match.componentBar', {
                  name: t(`match.components.${component.name}`),
                  points: formatPoints(component.points),
                  weight: component.weight,
                })}
              >
                <rect className="score-bar-track" x="0" y="0" width="100" height="8" rx="2" />
                <rect className="score-bar-fill" x="0" y="0" width={share * 100} height="8" rx="2" />
              </svg>
              <p className="score-sentence">{component.sentence}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const formatPoints = (points: number) => (Math.round(points * 10) / 10).toString();
