import type { Ctx } from '../platform/http/context.js';
import { bindFields, ErrorSummary, SelectField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import type { CalendarFeed, NewFeed } from './calendar-feed.js';
import { FeedTable } from './feed-table.js';
import { NewFeedNotice } from './new-feed-notice.js';

/** What the subscriptions page is drawn from. */
export interface FeedsPageProps {
  feeds: CalendarFeed[];
  /** Units whose accounts the person may read and that have no feed of theirs yet. */
  units: [string, string][];
  created?: NewFeed & { renewed: boolean };
  values?: Record<string, string>;
  errors?: ErrorMap;
}

/** The person's calendar subscriptions: the list, a new address once, and the forms to add one. */
export function feedsPage(c: Ctx, props: FeedsPageProps, status = 200) {
  const t = c.get('t');
  const csrf = c.get('csrfToken');
  const errors = props.errors ?? {};
  const field = bindFields(props.values ?? {}, errors, t);
  const hasPersonal = props.feeds.some((f) => f.unitId === null);
  return renderPage(
    c,
    t('feeds.title'),
    <>
      <h1>{t('feeds.heading')}</h1>
      <ErrorSummary errors={errors} t={t} />
      {props.created && <NewFeedNotice c={c} created={props.created} />}
      <p>{t('feeds.intro')}</p>
      <p>{t('feeds.secret_note')}</p>
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">{t('feeds.list_heading')}</h2>
        <FeedTable c={c} feeds={props.feeds} />
      </section>
      <section aria-labelledby="personal-heading">
        <h2 id="personal-heading">{t('feeds.personal_heading')}</h2>
        <p>{t('feeds.personal_intro')}</p>
        {hasPersonal ? (
          <p class="muted">{t('feeds.personal_exists')}</p>
        ) : (
          <PostForm action="/feeds/personal" csrfToken={csrf}>
            <button type="submit">{t('feeds.create_personal')}</button>
          </PostForm>
        )}
      </section>
      <section aria-labelledby="unit-heading">
        <h2 id="unit-heading">{t('feeds.unit_heading')}</h2>
        <p>{t('feeds.unit_intro')}</p>
        {props.units.length === 0 ? (
          <p class="muted">{t('feeds.no_units')}</p>
        ) : (
          <PostForm action="/feeds/units" csrfToken={csrf}>
            <SelectField
              {...field('unitId', t('feeds.field.unitId'))}
              hint={t('feeds.unit_hint')}
              options={props.units}
              empty=""
              required
            />
            <button type="submit">{t('feeds.create_unit')}</button>
          </PostForm>
        )}
      </section>
    </>,
    status,
  );
}
