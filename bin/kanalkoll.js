#!/usr/bin/env node
// Runs the TypeScript command-line entry through tsx, so `npx kanalkoll …` works from a checkout.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli.ts');
