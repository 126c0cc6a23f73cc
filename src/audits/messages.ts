import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of audits (granskningar): the list, the audit and its report. */
export const auditMessages = defineMessages({
  sv: {
    'audits.title': 'Granskningar',
    'audits.unit_required': 'Välj en enhet.',
    'audits.year_invalid': 'Ange ett år mellan 1990 och 2100.',
    'audits.risk_unknown': 'Välj en risk ur internkontrollplanen.',
    'audits.auditor_unknown': 'Välj en aktiv användare som ansvarig granskare.',
    'audits.scope_unit_unknown': 'En vald enhet finns inte.',
    'audits.kind.response_time': 'Svarstidsgranskning',
    'audits.kind.spot_check': 'Stickprovskontroll',
    'audits.status.planned': 'Planerad',
    'audits.status.in_progress': 'Pågår',
    'audits.status.closed': 'Avslutad',
  },
  en: {
    'audits.title': 'Audits',
    'audits.unit_required': 'Choose a unit.',
    'audits.year_invalid': 'Enter a year between 1990 and 2100.',
    'audits.risk_unknown': 'Choose a risk of the internal-control plan.',
    'audits.auditor_unknown': 'Choose an active user as the responsible auditor.',
    'audits.scope_unit_unknown': 'A chosen unit does not exist.',
    'audits.kind.response_time': 'Response-time audit',
    'audits.kind.spot_check': 'Spot check',
    'audits.status.planned': 'Planned',
    'audits.status.in_progress': 'In progress',
    'audits.status.closed': 'Closed',
  },
});
