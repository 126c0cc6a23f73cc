import type { Random } from './random.js';
import type { DemoContext } from './demo-context.js';

/** Writes demo courses, completions (some expiring soon) and absences with and without cover. */
export async function insertDemoAbsencesAndTraining(
  _ctx: DemoContext,
  _random: Random,
): Promise<void> {}
