/** Runs the pipeline stages into a new warehouse file and swaps it in. (Filled in by the pipeline issue.) */
import { NotBuiltError, type Config } from '../config/index.ts';

export interface PipelineProgress {
  stage: string;
  message: string;
  done?: number;
  total?: number;
}

export interface PipelineSummary {
  built_at: string;
  postings: number;
  raw_postings: number;
  seconds: number;
  stages: { name: string; seconds: number }[];
}

export async function runPipeline(
  _config: Config,
  _opts: { full?: boolean; onProgress?: (p: PipelineProgress) => void } = {},
): Promise<PipelineSummary> {
  throw new NotBuiltError('skillpulse pipeline');
}
