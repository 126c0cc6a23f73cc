import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFollowUpJobs } from '../../src/follow-up/start-follow-up-jobs.js';
import { loadEnv } from '../../src/platform/env.js';
import { createLogger } from '../../src/platform/log.js';
import { mailboxTransport } from '../../src/platform/mail/create-transport.js';
import { mailRow, queueMail, TEST_FROM } from '../support/mail-factories.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t } = useTestOrganisation({ at: '2026-11-23T08:00:00Z' });

afterEach(() => {
  vi.useRealTimers();
});

describe('the scheduled jobs', () => {
  it('deliver queued mail even when the scheduled sweep is turned off', async () => {
    const id = (await queueMail(t.db, t.clock, 'resend:1'))!;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const jobs = startFollowUpJobs({
      db: t.db,
      clock: t.clock,
      log: createLogger('silent'),
      env: loadEnv({ LOG_LEVEL: 'silent', MAIL_FROM: TEST_FROM, SWEEP_MINUTES: '0' }),
      mail: mailboxTransport,
    });
    try {
      expect((await mailRow(t.db, id)).status).toBe('queued');
      await vi.advanceTimersByTimeAsync(30_000);
    } finally {
      await jobs.stop();
    }
    expect((await mailRow(t.db, id)).status).toBe('sent');
    const sweeps = await t.db.selectFrom('job_leases').select('name').execute();
    expect(sweeps).toEqual([]);
  });
});
