import { Hono } from 'hono';
import { platformChoices } from '../accounts/account-choices.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { notFound } from '../platform/http/errors.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import type { MessageKey } from '../platform/i18n/translate.js';
import { ConfirmItem, type ItemState } from './confirm-item.js';
import { confirmAccount } from './confirm-account.js';
import { confirmPage } from './confirm-page.js';
import { correctAccount } from './correct-account.js';
import { listMyConfirmations } from './list-my-confirmations.js';
import { itemPrefix, prefixedErrors, unprefixed } from './prefixed-fields.js';
import { reportAccountEnded } from './report-account-ended.js';
import {
  correctAccountInput,
  myConfirmationsQuery,
  parseMyConfirmationsQuery,
  reportEndedInput,
} from './schemas.js';

const isHtmx = (c: Ctx) => c.req.header('HX-Request') === 'true';

async function itemAccount(c: Ctx): Promise<{ itemId: number; accountId: number; name: string }> {
  const itemId = idFromPath(c, 'itemId');
  const row = await c
    .get('deps')
    .db.selectFrom('confirmation_items as i')
    .innerJoin('accounts as a', 'a.id', 'i.account_id')
    .select(['i.account_id', 'a.display_name'])
    .where('i.id', '=', itemId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return { itemId, accountId: row.account_id, name: row.display_name };
}

/** The item alone, for htmx to put in its place; null when it is not the person's. */
async function itemFragment(c: Ctx, itemId: number, state: ItemState) {
  const { db } = c.get('deps');
  const query = myConfirmationsQuery.parse({ show: 'all' });
  const [found, platforms] = await Promise.all([
    listMyConfirmations(db, actorOf(c).userId, query, itemId),
    platformChoices(db),
  ]);
  const item = found.items[0];
  if (!item) return null;
  return c.html(
    (
      <ConfirmItem
        item={item}
        context={{
          platformName: platforms.names.get(item.account.platform) ?? item.account.platform,
          csrfToken: c.get('csrfToken'),
          t: c.get('t'),
          locale: c.get('locale'),
        }}
        state={state}
      />
    ).toString(),
  );
}

async function renderList(c: Ctx, failed?: { itemId: number; state: ItemState }, status = 200) {
  const { db } = c.get('deps');
  const userId = actorOf(c).userId;
  const query = parseMyConfirmationsQuery(c.req.query());
  const [result, platforms] = await Promise.all([
    listMyConfirmations(db, userId, query),
    platformChoices(db),
  ]);
  // The item whose form failed comes first, where its problems are seen at once.
  if (failed) {
    const one = await listMyConfirmations(db, userId, { ...query, show: 'all' }, failed.itemId);
    result.items = [...one.items, ...result.items.filter((i) => i.itemId !== failed.itemId)];
  }
  return confirmPage(c, { query, result, platformNames: platforms.names, failed }, status);
}

/** Answers an item's form: in place for htmx, else back to the page with a message. */
async function answered(c: Ctx, itemId: number, message: string) {
  if (!isHtmx(c)) return redirectWithFlash(c, '/confirm', message);
  const fragment = await itemFragment(c, itemId, { announce: message });
  if (fragment) return fragment;
  // Not on the person's page (any more): htmx loads the whole page, with the message.
  redirectWithFlash(c, '/confirm', message);
  c.header('Location', undefined);
  c.header('HX-Redirect', '/confirm');
  return c.body(null, 200);
}

/** Shows an item's form again with what was typed and what was wrong. */
async function failed(
  c: Ctx,
  itemId: number,
  open: 'correct' | 'end',
  raw: Record<string, string>,
  errors: ErrorMap,
  status: number,
  stale: boolean,
) {
  const prefix = itemPrefix(itemId);
  // After someone else's change the item shows the record as it is now; a new try starts there.
  const { version: seen, ...rest } = unprefixed(raw, prefix);
  const values = stale || seen === undefined ? rest : { ...rest, version: seen };
  const state: ItemState = { open, values, errors: prefixedErrors(errors, prefix) };
  if (isHtmx(c)) {
    const fragment = await itemFragment(c, itemId, { ...state, focusErrors: true });
    if (fragment) return fragment;
  }
  return renderList(c, { itemId, state }, status);
}

/** Pages under /confirm: an owner's accounts to confirm, correct or report closed. */
export function confirmRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => renderList(c));

  app.post('/items/:itemId/confirm', async (c) => {
    const { itemId, accountId, name } = await itemAccount(c);
    const { db, clock } = c.get('deps');
    return submitForm(
      c,
      async (values) => {
        const version = Number(values.version) || undefined;
        await confirmAccount(db, clock, actorOf(c), accountId, version);
        return answered(c, itemId, c.get('t')('confirm.done_confirmed', { name }));
      },
      (_values, errors, status) => {
        const state: ItemState = { errors };
        return isHtmx(c)
          ? itemFragment(c, itemId, { ...state, focusErrors: true }).then(
              (f) => f ?? renderList(c, { itemId, state }, status),
            )
          : renderList(c, { itemId, state }, status);
      },
    );
  });

  app.post('/items/:itemId/correct', async (c) => {
    const { itemId, accountId } = await itemAccount(c);
    const { db, clock } = c.get('deps');
    return submitForm(
      c,
      async (values) => {
        const input = validate(correctAccountInput, unprefixed(values, itemPrefix(itemId)));
        const result = await correctAccount(db, clock, actorOf(c), accountId, input);
        const key: MessageKey =
          result.outcome === 'corrected' ? 'confirm.done_corrected' : 'confirm.done_unchanged';
        return answered(c, itemId, c.get('t')(key, { name: input.displayName }));
      },
      (values, errors, status, error) =>
        failed(c, itemId, 'correct', values, errors, status, error.code === 'stale_version'),
    );
  });

  app.post('/items/:itemId/end', async (c) => {
    const { itemId, accountId, name } = await itemAccount(c);
    const { db, clock } = c.get('deps');
    return submitForm(
      c,
      async (values) => {
        const input = validate(reportEndedInput, unprefixed(values, itemPrefix(itemId)));
        await reportAccountEnded(db, clock, actorOf(c), accountId, input);
        const key: MessageKey =
          input.outcome === 'closed' ? 'confirm.done_closed' : 'confirm.done_gone';
        return answered(c, itemId, c.get('t')(key, { name }));
      },
      (values, errors, status, error) =>
        failed(c, itemId, 'end', values, errors, status, error.code === 'stale_version'),
    );
  });

  return app;
}
