import type { Child } from 'hono/jsx';
import type { Locale } from '../platform/i18n/define-messages.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import { itemText, percentText } from './spot-check-format.js';
import type { ItemResult, SpotCheckResults } from './spot-check-results.js';

/**
 * A table that scrolls sideways on a narrow screen: a named region that takes focus, so that
 * keyboard users can scroll it too.
 */
export function ScrollRegion(props: { labelledBy: string; children: Child }) {
  return (
    <div class="table-wrap" role="region" tabindex={0} aria-labelledby={props.labelledBy}>
      {props.children}
    </div>
  );
}

/** The status rows of the results, each with its count; indented rows are parts of the one above. */
function statusRows(r: SpotCheckResults, t: Translate) {
  return [
    { label: t('spot_check.count.gone'), value: r.counts.gone, part: false },
    { label: t('spot_check.count.private'), value: r.counts.private, part: false },
    { label: t('spot_check.count.reviewed'), value: r.counts.reviewed, part: false },
    { label: t('spot_check.count.active'), value: r.counts.active, part: true },
    { label: t('spot_check.count.inactive'), value: r.counts.inactive, part: true },
  ];
}

/** Accounts per status: of the sample, how many are checked, gone, private, reviewed. */
export function StatusTable(props: { results: SpotCheckResults; t: Translate; locale: Locale }) {
  const { results: r, t, locale } = props;
  const num = (v: number) => formatNumber(v, locale);
  const share = (v: number) => (r.checked === 0 ? '–' : percentText(v / r.checked, locale));
  return (
    <ScrollRegion labelledBy="c-counts">
      <table class="spot-counts">
        <caption id="c-counts">
          {t('spot_check.counts_caption', { n: num(r.sampleSize), checked: num(r.checked) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('spot_check.col.status')}</th>
            <th scope="col" class="num">
              {t('spot_check.col.accounts')}
            </th>
            <th scope="col" class="num">
              {t('spot_check.col.share_of_checked')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('spot_check.count.sample')}</th>
            <td class="num">{num(r.sampleSize)}</td>
            <td class="num"></td>
          </tr>
          <tr>
            <th scope="row">{t('spot_check.count.not_checked')}</th>
            <td class="num">{num(r.notChecked)}</td>
            <td class="num"></td>
          </tr>
          <tr>
            <th scope="row">{t('spot_check.count.checked')}</th>
            <td class="num">{num(r.checked)}</td>
            <td class="num">{share(r.checked)}</td>
          </tr>
          {statusRows(r, t).map((row) => (
            <tr class={row.part ? 'part' : undefined}>
              <th scope="row">{row.part ? `– ${row.label}` : row.label}</th>
              <td class="num">{num(row.value)}</td>
              <td class="num">{share(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The verdict on one item in words. */
function verdict(item: ItemResult, t: Translate): string {
  if (item.supportsReliance === null) return t('spot_check.verdict.none');
  return item.supportsReliance ? t('spot_check.verdict.supports') : t('spot_check.verdict.not');
}

/** Deviations per checklist item with the upper deviation limit and the verdict. */
export function DeviationTable(props: { results: SpotCheckResults; t: Translate; locale: Locale }) {
  const { results: r, t, locale } = props;
  const params = r.sample?.params;
  if (!params) return null;
  const num = (v: number) => formatNumber(v, locale);
  const pct = (v: number | null, digits = 1) => (v === null ? '–' : percentText(v, locale, digits));
  return (
    <>
      <p>
        {t('spot_check.udl_intro', {
          population: num(r.populationSize),
          confidence: pct(params.confidence),
          tolerable: pct(params.tolerableRate, 2),
        })}
      </p>
      <ScrollRegion labelledBy="c-deviations">
        <table class="spot-deviations">
          <caption id="c-deviations">{t('spot_check.deviations_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('spot_check.col.item')}</th>
              <th scope="col" class="num">
                {t('spot_check.col.deviations_of')}
              </th>
              <th scope="col" class="num">
                {t('spot_check.col.not_applicable')}
              </th>
              <th scope="col" class="num">
                {t('spot_check.col.rate')}
              </th>
              <th scope="col" class="num">
                {t('spot_check.col.udl', { confidence: pct(params.confidence) })}
              </th>
              <th scope="col">{t('spot_check.col.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {r.items.map((item) => (
              <tr>
                <th scope="row">
                  {itemText(item, locale)}
                  {item.applicablePopulation < r.populationSize && (
                    <span class="item-applies">
                      {t('spot_check.applies_to', {
                        n: num(item.applicablePopulation),
                        population: num(r.populationSize),
                      })}
                    </span>
                  )}
                </th>
                <td class="num">
                  {t('spot_check.k_of_n', { k: num(item.deviations), n: num(item.assessed) })}
                </td>
                <td class="num">{num(item.notApplicable)}</td>
                <td class="num">{pct(item.rate)}</td>
                <td class="num">{pct(item.upperLimit)}</td>
                <td>{verdict(item, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
