import type { DemoContext } from './demo-context.js';
import type { Random } from './random.js';

/** Last year's closed confirmation round with its report, and this year's round under way. */
export async function insertDemoConfirmationRounds(
  demo: DemoContext,
  random: Random,
): Promise<void> {
  void demo;
  void random;
}
