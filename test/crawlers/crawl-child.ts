/** Child process for the kill test: `tsx crawl-child.ts <dataRoot> <baseUrl> <months>` runs one HN crawl. */
import { runCrawl } from '../../crawlers/index.ts';
import { testConfig } from './helpers.ts';

const [root, baseUrl, months] = process.argv.slice(2);
await runCrawl(testConfig(root!, [{ type: 'hn', months: Number(months), baseUrl, maxConcurrency: 2 }]));
process.stdout.write('done\n');
