import { raw } from 'hono/html';

/** A chart's data as a table: the first cell of each row names it, the others are values. */
export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
}

/**
 * A chart with its title and short description, named for assistive technology as one image,
 * and its data beneath as a table that screen readers, keyboard users and print all get.
 */
export function ChartFigure(props: {
  id: string;
  title: string;
  description: string;
  svg: string;
  table: ChartTable;
}) {
  const { id, table } = props;
  return (
    <figure class="chart" id={id}>
      <figcaption id={`${id}-title`}>{props.title}</figcaption>
      <p class="chart-description" id={`${id}-desc`}>
        {props.description}
      </p>
      <div
        class="chart-image"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        {raw(props.svg)}
      </div>
      <div class="table-wrap" role="region" tabindex={0} aria-label={props.table.caption}>
        <table class="chart-data">
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.head.map((h, i) => (
                <th scope="col" class={i > 0 ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map(([first, ...rest]) => (
              <tr>
                <th scope="row">{first}</th>
                {rest.map((cell) => (
                  <td class="num">{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
