import type { Clock } from '../../src/platform/clock.js';

/** A clock that stands still until told to move. */
export interface TestClock extends Clock {
  set(iso: string): void;
  advance(ms: number): void;
}

/** A clock stopped at the given instant. */
export function testClock(iso = '2026-11-23T09:00:00.000Z'): TestClock {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (next) => {
      now = new Date(next);
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}
