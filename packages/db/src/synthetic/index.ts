export type { SyntheticOptions } from './generate-synthetic.ts';
export { type LoadSyntheticOptions, type LoadSyntheticResult, seedSynthetic } from './load-synthetic.ts';
