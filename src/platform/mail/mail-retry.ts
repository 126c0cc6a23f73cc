/** How long delivery waits before each new try: after the 1st, 2nd … failed attempt. */
export const RETRY_MINUTES = [1, 5, 15, 60, 240] as const;
/** After this many refused attempts a message is failed; the mail log shows why. */
export const MAX_ATTEMPTS = 6;
/**
 * A message whose sending was cut short (the process stopped mid-send) is sent again after its
 * claim runs out; one that is started this many times without an answer is failed instead, so
 * that a message that stops the sender each time cannot hold up delivery for ever.
 */
export const MAX_STARTS = 12;
/** How long a deliverer holds a message it is sending before another may take it over. */
export const CLAIM_MS = 2 * 60_000;

/** The delay before the next try after `attempts` failed attempts. */
export function retryDelayMs(attempts: number): number {
  const index = Math.min(Math.max(attempts, 1), RETRY_MINUTES.length) - 1;
  return RETRY_MINUTES[index]! * 60_000;
}

/** What the server said when it refused, or what went wrong on the way there. */
export interface SendFailure {
  answer: string;
  /** A refusal of this recipient or message that another try would only repeat (5xx). */
  permanent: boolean;
}

/** Reads a transport's error: the SMTP answer ("451 try later") where there is one. */
export function sendFailure(error: unknown): SendFailure {
  const e = (error ?? {}) as { response?: unknown; responseCode?: unknown; code?: unknown };
  const message = error instanceof Error ? error.message : String(error);
  const answer = typeof e.response === 'string' && e.response ? e.response : message;
  const code = typeof e.responseCode === 'number' ? e.responseCode : 0;
  // A 5xx to the envelope or the message itself is final; a 5xx to the login is the
  // installation's problem, and the message goes once that is mended.
  const permanent = code >= 500 && code < 600 && (e.code === 'EENVELOPE' || e.code === 'EMESSAGE');
  return { answer: answer.slice(0, 1000), permanent };
}
