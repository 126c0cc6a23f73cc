import type { Ctx } from '../platform/http/context.js';
import {
  Csrf,
  ErrorSummary,
  SelectField,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { UNIT_KINDS, type Unit } from './unit.js';

/** The choices a unit form offers. */
export interface UnitFormChoices {
  /** Possible parents; only when creating. */
  parents?: [string, string][];
  users: [string, string][];
}

/** The form that creates a unit (no `unit`) or changes one. */
export function unitFormPage(
  c: Ctx,
  unit: Unit | null,
  values: Record<string, string>,
  choices: UnitFormChoices,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const title = unit ? t('units.edit_title', { name: unit.name }) : t('units.new');
  // The top of the tree is always the municipality; other units never are.
  const kinds = UNIT_KINDS.filter((k) => k !== 'municipality').map((k): [string, string] => [
    k,
    t(`units.kind.${k}`),
  ]);
  const isTop = unit?.parentId === null;
  return renderPage(
    c,
    title,
    <div class="narrow">
      <h1>{title}</h1>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={unit ? `/units/${unit.id}` : '/units'} novalidate>
        <Csrf token={c.get('csrfToken')} />
        <TextField
          name="name"
          label={t('units.field.name')}
          value={values.name}
          errors={errors}
          required
          t={t}
        />
        {isTop ? (
          <input type="hidden" name="kind" value="municipality" />
        ) : (
          <SelectField
            name="kind"
            label={t('units.field.kind')}
            value={values.kind}
            options={kinds}
            errors={errors}
            required
            t={t}
          />
        )}
        {choices.parents && (
          <SelectField
            name="parentId"
            label={t('units.field.parentId')}
            value={values.parentId}
            options={choices.parents}
            empty={t('units.choose_parent')}
            errors={errors}
            required
            t={t}
          />
        )}
        <SelectField
          name="managerUserId"
          label={t('units.field.managerUserId')}
          value={values.managerUserId}
          options={choices.users}
          empty={t('units.nobody')}
          errors={errors}
          t={t}
        />
        <SelectField
          name="communicatorUserId"
          label={t('units.field.communicatorUserId')}
          value={values.communicatorUserId}
          options={choices.users}
          empty={t('units.nobody')}
          errors={errors}
          t={t}
        />
        <div class="actions">
          <button type="submit">{unit ? t('common.save') : t('common.create')}</button>
          <a href={unit ? `/units/${unit.id}` : '/units'}>{t('common.cancel')}</a>
        </div>
      </form>
    </div>,
    status,
  );
}

/** The form that moves a unit below another parent. */
export function unitMovePage(
  c: Ctx,
  unit: Unit,
  currentParent: string,
  values: Record<string, string>,
  parents: [string, string][],
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const title = t('units.move_title', { name: unit.name });
  return renderPage(
    c,
    title,
    <div class="narrow">
      <h1>{title}</h1>
      <p>{t('units.move_current', { name: currentParent })}</p>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={`/units/${unit.id}/move`} novalidate>
        <Csrf token={c.get('csrfToken')} />
        <SelectField
          name="parentId"
          label={t('units.field.parentId')}
          hint={t('units.move_hint')}
          value={values.parentId}
          options={parents}
          empty={t('units.choose_parent')}
          errors={errors}
          required
          t={t}
        />
        <div class="actions">
          <button type="submit">{t('units.move')}</button>
          <a href={`/units/${unit.id}`}>{t('common.cancel')}</a>
        </div>
      </form>
    </div>,
    status,
  );
}
