// Bootstrap of the enrich worker thread: registers tsx's loader, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./enrich-worker.ts');
