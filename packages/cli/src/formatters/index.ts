import { aws, json } from './json.js';
import { github } from './github.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATS = ['stylish', 'json', 'aws', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export const formatters: Record<FormatName, Formatter> = { stylish, json, aws, sarif, github, junit };
export type { Formatter, FormatContext } from './types.js';
