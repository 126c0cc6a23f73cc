import type { Logger } from '../log.js';

/** A repeating job in this process; `stop` waits for a run in progress to end. */
export interface Scheduled {
  stop(): Promise<void>;
}

/**
 * Runs `job` every `ms` (the first time after `firstMs`), never two runs at once; a failure is
 * logged and the next run goes ahead as usual.
 */
export function every(
  name: string,
  ms: number,
  job: () => Promise<unknown>,
  log: Logger,
  firstMs = ms,
): Scheduled {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout;
  const tick = () => {
    if (stopped) return;
    running = job()
      .catch((err: unknown) => log.error({ err, job: name }, 'a scheduled job failed'))
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, ms).unref();
      });
  };
  timer = setTimeout(tick, firstMs).unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
