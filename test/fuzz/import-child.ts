/** Child process for the kill -9 test: `tsx import-child.ts <dataRoot> <file>` imports in small batches. */
import { loadConfig } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';

const [root, file] = process.argv.slice(2);
const config = loadConfig({ dataDir: root!, cwd: root!, env: {} });
await importFiles(config, [file!], { batchSize: 300 });
process.stdout.write('done\n');
