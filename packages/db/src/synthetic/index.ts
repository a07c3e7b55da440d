export {
  generateSyntheticForbund,
  SYNTHETIC_NAME_PREFIX,
  type SyntheticForbund,
  type SyntheticOptions,
  type SyntheticYear,
} from './generate-synthetic.ts';
export {
  type LoadSyntheticOptions,
  type LoadSyntheticResult,
  loadSyntheticData,
  seedSynthetic,
} from './load-synthetic.ts';
