import type { Child } from 'hono/jsx';

/**
 * The sideways-scrolling frame of a table that has nothing to focus inside: it takes the focus
 * itself, so that keyboard users can scroll it on a narrow screen, and is named by `label`.
 */
export function TableWrap(props: { label: string; children: Child }) {
  return (
    <div class="table-wrap" role="region" aria-label={props.label} tabindex={0}>
      {props.children}
    </div>
  );
}
