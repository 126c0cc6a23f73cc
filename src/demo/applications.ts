import type { DemoContext } from './demo-context.js';
import type { Random } from './random.js';

/** Applications for new accounts in every state, the approved ones linked to their accounts. */
export async function insertDemoApplications(demo: DemoContext, random: Random): Promise<void> {
  void demo;
  void random;
}
