/** Child process for kill tests: `tsx crawl-child-sources.ts <dataRoot> <sources JSON>` runs one crawl. */
import { runCrawl } from '../../crawlers/index.ts';
import { testConfig } from './helpers.ts';

const [root, sources] = process.argv.slice(2);
await runCrawl(testConfig(root!, JSON.parse(sources!) as Record<string, unknown>[]));
process.stdout.write('done\n');
