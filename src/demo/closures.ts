import type { DemoContext } from './demo-context.js';
import type { Random } from './random.js';

/** Closures for the demo's closing accounts, part way through their checklist, a few blocked. */
export async function insertDemoClosures(demo: DemoContext, random: Random): Promise<void> {
  void demo;
  void random;
}
