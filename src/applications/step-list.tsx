import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDateTime } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import { stepRoleLabel } from './application-labels.js';
import type { StepView } from './read-application.js';

// The register's badge colours say the same as the words: done like active, waiting like closing.
const LOOK: Record<StepView['state'], string> = {
  done: 'badge s-active',
  current: 'badge s-closing',
  waiting: 'badge',
  rejected: 'badge s-closed',
  changes_requested: 'badge s-closing',
};

/** The approval steps in order: who decides each, its state in words, and who decided when. */
export function StepList(props: { steps: StepView[]; t: Translate; locale: Locale }) {
  const { t, locale } = props;
  return (
    <ul class="plain">
      {props.steps.map((s) => (
        <li>
          {t('applications.pages.step', { n: s.index + 1, role: stepRoleLabel(t, s.role) })}{' '}
          <span class={LOOK[s.state]}>{t(`applications.step_state.${s.state}`)}</span>
          {s.by && s.at && (
            <span class="muted">
              {' '}
              {t('applications.pages.step_by', {
                name: s.by.name,
                at: formatDateTime(s.at, locale),
              })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
