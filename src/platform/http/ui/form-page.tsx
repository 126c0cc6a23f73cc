import type { Child } from 'hono/jsx';
import type { Translate } from '../../i18n/translate.js';
import { ErrorSummary, type ErrorMap } from './form.js';

/** A narrow page around one form: its heading, any introduction, what went wrong, the form. */
export function FormPage(props: {
  title: string;
  intro?: Child;
  errors: ErrorMap;
  t: Translate;
  children: Child;
}) {
  return (
    <div class="narrow">
      <h1>{props.title}</h1>
      {props.intro}
      <ErrorSummary errors={props.errors} t={props.t} />
      {props.children}
    </div>
  );
}
