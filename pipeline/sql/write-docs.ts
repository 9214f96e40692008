/** `npm run docs:warehouse`: rewrites the generated part of docs/warehouse.md from the declarations. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderWarehouseDoc } from './tables.ts';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'warehouse.md');
writeFileSync(file, renderWarehouseDoc(readFileSync(file, 'utf8')));
process.stdout.write(`wrote ${file}\n`);
