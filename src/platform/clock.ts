/** The source of "now"; injected so that tests can travel in time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The current instant as an ISO 8601 UTC string, as the database stores it. */
export const isoNow = (clock: Clock) => clock.now().toISOString();
