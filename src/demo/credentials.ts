import type { Random } from './random.js';
import type { Keyring } from '../credentials/keyring.js';
import type { DemoContext } from './demo-context.js';

/** Stores demo credentials in the vault and sets pointers for the rest. */
export async function insertDemoCredentials(
  _ctx: DemoContext,
  _random: Random,
  _keyring: Keyring | undefined,
): Promise<void> {}
