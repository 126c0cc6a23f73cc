import type { DemoContext } from './demo-context.js';

/** A demo person who has left, with the handover task their accounts gave their manager. */
export async function insertDemoDepartures(_ctx: DemoContext): Promise<void> {}
