import type { Ctx } from '../platform/http/context.js';
import { FilterForm, FilterSelect } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { unitChoices } from '../units/unit-choices.js';
import { ReportView } from './report-view.js';
import type { ReportChoice } from './report-scope.js';
import type { YearlyReport } from './yearly-report.js';

/** The yearly account report page: choose year and unit, read the tables, download CSV. */
export function reportPage(c: Ctx, choice: ReportChoice, report: YearlyReport) {
  const t = c.get('t');
  const locale = c.get('locale');
  const title = t('reports.yearly_title');
  const chosen = new Set(choice.units.map((u) => u.id));
  const csv = (by: string) =>
    `/reports/yearly.csv?year=${report.year}&unit=${report.unit.id}&by=${by}`;
  return renderPage(
    c,
    `${title} ${report.year} – ${report.unit.name}`,
    <>
      <h1>{title}</h1>
      <p>{t('reports.intro')}</p>
      <FilterForm action="/reports" label={t('reports.choose')} t={t}>
        <FilterSelect
          name="year"
          label={t('reports.field.year')}
          options={choice.years.map((y): [string, string] => [
            String(y),
            y === choice.currentYear ? t('reports.year_so_far', { year: y }) : String(y),
          ])}
          value={String(choice.year)}
          t={t}
        />
        <FilterSelect
          name="unit"
          label={t('reports.field.unit')}
          options={unitChoices(choice.units, (u) => chosen.has(u.id))}
          value={String(choice.unit.id)}
          t={t}
        />
      </FilterForm>
      <h2 class="report-heading">
        {t('reports.heading', { year: report.year, unit: report.unit.name })}
      </h2>
      <ul class="link-list downloads">
        <li>
          <a href={csv('unit')} download>
            {t('reports.csv_units')}
          </a>
        </li>
        <li>
          <a href={csv('platform')} download>
            {t('reports.csv_platforms')}
          </a>
        </li>
      </ul>
      <ReportView report={report} t={t} locale={locale} />
    </>,
    200,
    true,
  );
}
