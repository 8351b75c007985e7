import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

export const REPORTERS: Record<string, Reporter> = {
  text: textReporter,
  github: githubReporter,
  junit: junitReporter,
  json: jsonReporter,
};
export { painter, wantsColor } from './color.js';
export type { ReportContext, Reporter } from './types.js';
