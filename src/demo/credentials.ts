import { DateTime } from 'luxon';
import { writeCredential } from '../credentials/store-credential.js';
import type { Keyring } from '../credentials/keyring.js';
import type { DemoContext } from './demo-context.js';
import type { Random } from './random.js';

const STORED = 6;
const RECOVERY_WORDS = ['alfa', 'bravo', 'kilo', 'lima', 'oscar', 'tango', 'zulu'];

/**
 * Stores a few demo logins in the vault through the vault's own function (the other demo accounts
 * keep the pointers they were made with): one flagged for rotation after a departure, one whose
 * interval ran out long ago. Without a keyring nothing is stored.
 */
export async function insertDemoCredentials(
  ctx: DemoContext,
  random: Random,
  keyring: Keyring | undefined,
): Promise<void> {
  if (!keyring) return;
  const accounts = await ctx.tx
    .selectFrom('accounts')
    .select(['id', 'handle'])
    .where('status', '=', 'active')
    .orderBy('id')
    .limit(STORED)
    .execute();
  const today = DateTime.fromISO(ctx.today);
  for (const [i, account] of accounts.entries()) {
    const codes = Array.from(
      { length: 4 },
      () => `${RECOVERY_WORDS[random.int(0, RECOVERY_WORDS.length - 1)]}-${random.int(1000, 9999)}`,
    );
    // The first is long overdue; the others were changed within the last months.
    const changedOn = today.minus({ months: i === 0 ? 15 : random.int(1, 10) }).toISODate()!;
    await writeCredential(
      ctx.tx,
      ctx.clock,
      keyring,
      ctx.adminId,
      account.id,
      {
        values: {
          username: account.handle,
          password: `Demo-${random.int(100000, 999999)}-lösen`,
          recoveryCodes: codes.join('\n'),
          notes:
            i % 2 === 0 ? 'Tvåstegsverifiering via kommunikationsavdelningens telefon.' : undefined,
        },
        clear: [],
        rotationMonths: i === 2 ? 6 : null,
        version: undefined,
      },
      { passwordChangedOn: changedOn },
    );
  }
  const flagged = accounts[1];
  if (flagged)
    await ctx.tx
      .updateTable('account_credentials')
      .set({ rotate_reason: 'departed', rotate_flagged_at: ctx.now })
      .where('account_id', '=', flagged.id)
      .execute();
}
