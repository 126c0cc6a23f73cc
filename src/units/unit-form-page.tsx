import type { Ctx } from '../platform/http/context.js';
import { bindFields, SelectField, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
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
  const field = bindFields(values, errors, t);
  return renderPage(
    c,
    title,
    <FormPage title={title} errors={errors} t={t}>
      <PostForm action={unit ? `/units/${unit.id}` : '/units'} csrfToken={c.get('csrfToken')}>
        <TextField {...field('name', t('units.field.name'))} required />
        {isTop ? (
          <input type="hidden" name="kind" value="municipality" />
        ) : (
          <SelectField {...field('kind', t('units.field.kind'))} options={kinds} required />
        )}
        {choices.parents && (
          <SelectField
            {...field('parentId', t('units.field.parentId'))}
            options={choices.parents}
            empty={t('units.choose_parent')}
            required
          />
        )}
        {(['managerUserId', 'communicatorUserId'] as const).map((name) => (
          <SelectField
            {...field(name, t(`units.field.${name}`))}
            options={choices.users}
            empty={t('units.nobody')}
          />
        ))}
        <FormActions
          submit={unit ? t('common.save') : t('common.create')}
          cancelHref={unit ? `/units/${unit.id}` : '/units'}
          t={t}
        />
      </PostForm>
    </FormPage>,
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
    <FormPage
      title={title}
      intro={<p>{t('units.move_current', { name: currentParent })}</p>}
      errors={errors}
      t={t}
    >
      <PostForm action={`/units/${unit.id}/move`} csrfToken={c.get('csrfToken')}>
        <SelectField
          {...bindFields(values, errors, t)('parentId', t('units.field.parentId'))}
          hint={t('units.move_hint')}
          options={parents}
          empty={t('units.choose_parent')}
          required
        />
        <FormActions submit={t('units.move')} cancelHref={`/units/${unit.id}`} t={t} />
      </PostForm>
    </FormPage>,
    status,
  );
}
