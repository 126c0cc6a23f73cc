import type { Child } from 'hono/jsx';
import { Csrf } from '../platform/http/ui/form.js';

/**
 * A form of one item on the confirmation page: without JavaScript it posts and the page comes
 * back; with htmx the answer replaces the item in place.
 */
export function ItemForm(props: {
  itemId: number;
  action: string;
  csrfToken: string;
  class?: string;
  children: Child;
}) {
  return (
    <form
      method="post"
      action={props.action}
      novalidate
      class={props.class}
      hx-post={props.action}
      hx-target={`#item-${props.itemId}`}
      hx-swap="outerHTML"
    >
      <Csrf token={props.csrfToken} />
      {props.children}
    </form>
  );
}
