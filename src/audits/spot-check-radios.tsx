/** One choice of a radio group: its value, its label and, if any, a hint beneath it. */
export type RadioOption = [value: string, label: string, hint?: string];

/**
 * A group of radio buttons in its own fieldset: the legend names the question, the error (if any)
 * is tied to every button, and the first button carries the field's id for the error summary.
 */
export function RadioGroup(props: {
  name: string;
  legend: string;
  options: RadioOption[];
  value?: string;
  hint?: string;
  error?: string;
  class?: string;
}) {
  const { name, error } = props;
  const hintId = props.hint ? `h-${name}` : undefined;
  const errorId = error ? `e-${name}` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['field', 'radio-group', props.class, error && 'has-error'].filter(Boolean);
  return (
    <fieldset class={classes.join(' ')} aria-describedby={describedBy}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      <div class="radio-options">
        {props.options.map(([value, label, hint], i) => {
          const id = i === 0 ? `f-${name}` : `f-${name}-${value}`;
          return (
            <div class="radio-option">
              <input
                type="radio"
                id={id}
                name={name}
                value={value}
                checked={props.value === value}
                aria-describedby={hint ? `${id}-hint` : undefined}
                aria-invalid={error ? 'true' : undefined}
              />
              <label for={id}>{label}</label>
              {hint && (
                <p class="hint" id={`${id}-hint`}>
                  {hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
