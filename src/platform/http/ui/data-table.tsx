import type { Child } from 'hono/jsx';

/** A table that scrolls sideways on narrow screens, captioned for screen readers; or `empty`. */
export function DataTable<T>(props: {
  items: readonly T[];
  /** The column headers: a text becomes a `<th scope="col">`; anything else is the cell itself. */
  columns: (string | Child)[];
  /** One `<tr>` per item. */
  row: (item: T) => Child;
  caption?: string;
  class?: string;
  empty?: string;
  emptyClass?: string;
}) {
  if (props.items.length === 0 && props.empty !== undefined)
    return <p class={props.emptyClass}>{props.empty}</p>;
  return (
    <div class="table-wrap">
      <table class={props.class}>
        {props.caption && <caption class="visually-hidden">{props.caption}</caption>}
        <thead>
          <tr>
            {props.columns.map((c) => (typeof c === 'string' ? <th scope="col">{c}</th> : c))}
          </tr>
        </thead>
        <tbody>{props.items.map((item) => props.row(item))}</tbody>
      </table>
    </div>
  );
}
