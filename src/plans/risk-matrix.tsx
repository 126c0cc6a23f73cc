import type { Translate } from '../platform/i18n/translate.js';
import { levelBands, RISK_SCALE, riskLevel, riskScore, type Risk } from './plan.js';
import { impactWord, levelLabel, likelihoodWord } from './plan-labels.js';

// Likelihood rows run from the most likely at the top, as risk matrices are drawn.
const ROWS = [...RISK_SCALE].reverse();

/**
 * The 4 × 4 risk matrix: likelihood rows × impact columns. Each cell is shaded by level and
 * also names its value and level in words, so colour is never the only signal; the risks in
 * it link to their rows in the risk table.
 */
export function RiskMatrix(props: { risks: readonly Risk[]; t: Translate }) {
  const { risks, t } = props;
  const collator = new Intl.Collator('sv');
  const inCell = (likelihood: number, impact: number) =>
    risks
      .filter((r) => r.likelihood === likelihood && r.impact === impact)
      .sort((a, b) => collator.compare(a.title, b.title));
  return (
    <>
      <div class="table-wrap">
        <table class="risk-matrix">
          <caption class="visually-hidden">{t('plans.matrix_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.matrix_corner')}</th>
              {RISK_SCALE.map((impact) => (
                <th scope="col">
                  {t('plans.axis_impact', { step: impact, word: impactWord(t, impact) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((likelihood) => (
              <tr>
                <th scope="row">
                  {t('plans.axis_likelihood', {
                    step: likelihood,
                    word: likelihoodWord(t, likelihood),
                  })}
                </th>
                {RISK_SCALE.map((impact) => {
                  const score = riskScore(likelihood, impact);
                  const level = riskLevel(score);
                  const here = inCell(likelihood, impact);
                  return (
                    <td class={`risk-cell risk-level-${level.replace('_', '-')}`}>
                      <span class="risk-cell-score">
                        {t('plans.cell_score', { score, level: levelLabel(t, level) })}
                      </span>
                      {here.length > 0 && (
                        <ul class="plain">
                          {here.map((r) => (
                            <li>
                              <a href={`#risk-${r.id}`}>{r.title}</a>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">
        {t('plans.legend')}{' '}
        {levelBands()
          .map((b) =>
            t('plans.legend_band', { level: levelLabel(t, b.level), from: b.from, to: b.to }),
          )
          .join('; ')}
        .
      </p>
    </>
  );
}
