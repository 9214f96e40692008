#!/usr/bin/env node
// Entry of the `skillpulse` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
