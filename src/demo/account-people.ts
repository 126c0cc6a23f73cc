import type { Random } from './random.js';
import type { DemoContext } from './demo-context.js';

/** Names owners, deputies, external contacts and platform access for the demo accounts. */
export async function insertDemoAccountPeople(_ctx: DemoContext, _random: Random): Promise<void> {}
