#!/usr/bin/env node
// Entry of the `skillpulse` command: the compiled CLI in bin/dist/ (built by `npm install` / `npm run build`),
// or the TypeScript sources through tsx when there is no build or SKILLPULSE_FROM_SOURCE=1.
import { existsSync } from 'node:fs';

const compiled = new URL('./dist/skillpulse.js', import.meta.url);
if (!process.env.SKILLPULSE_FROM_SOURCE && existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
