/** The heading of a list page, with the button that adds a record when the actor may add one. */
export function PageHead(props: { title: string; add?: { href: string; label: string } | false }) {
  const { title, add } = props;
  return (
    <div class="page-head">
      <h1>{title}</h1>
      {add && (
        <a class="button" href={add.href}>
          {add.label}
        </a>
      )}
    </div>
  );
}

/** The link above a record's heading that leads back to the list it belongs to. */
export function BackLink(props: { href: string; label: string }) {
  return (
    <p class="muted">
      <a href={props.href}>{props.label}</a>
    </p>
  );
}
