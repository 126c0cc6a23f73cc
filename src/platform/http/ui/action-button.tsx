import { PostForm } from './post-form.js';

const VARIANT_CLASS = { secondary: 'secondary', danger: 'danger', link: 'link-button' };

/** A button posting one action on one record; `accessibleName` says which record ("Remove X"). */
export function ActionButton(props: {
  action: string;
  csrfToken: string;
  label: string;
  accessibleName?: string;
  variant: keyof typeof VARIANT_CLASS;
}) {
  return (
    <PostForm action={props.action} csrfToken={props.csrfToken} class="inline">
      <button type="submit" class={VARIANT_CLASS[props.variant]} aria-label={props.accessibleName}>
        {props.label}
      </button>
    </PostForm>
  );
}
