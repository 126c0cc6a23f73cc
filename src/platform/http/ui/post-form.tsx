import type { Child } from 'hono/jsx';
import type { Translate } from '../../i18n/translate.js';
import { Csrf } from './form.js';

/** A form that posts with the page's form token; the server alone checks it (novalidate). */
export function PostForm(props: {
  action: string;
  csrfToken: string;
  class?: string;
  labelledBy?: string;
  children: Child;
}) {
  return (
    <form
      method="post"
      action={props.action}
      novalidate
      class={props.class}
      aria-labelledby={props.labelledBy}
    >
      <Csrf token={props.csrfToken} />
      {props.children}
    </form>
  );
}

/** The submit button of a form and the link that leaves it without saving. */
export function FormActions(props: { submit: string; cancelHref: string; t: Translate }) {
  return (
    <div class="actions">
      <button type="submit">{props.submit}</button>
      <a href={props.cancelHref}>{props.t('common.cancel')}</a>
    </div>
  );
}
