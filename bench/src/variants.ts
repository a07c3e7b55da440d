import { readFileSync } from 'node:fs';
import type { Scenario } from './scenarios.ts';

/**
 * A variant of the API measured beside the real one in the same run (`--variants=<file.json>`):
 * one more API process with extra environment and node flags, e.g. `--import` of a loader that
 * swaps a patched dependency for an unpatched copy. Each scenario the variant names is measured
 * again against that process, in the same alternated pairs (floor, naive build, scenario), so a
 * change can be judged against the current build on the same busy host.
 */
export interface ApiVariant {
  id: string;
  env: Record<string, string>;
  nodeFlags: string[];
  /** Scenario ids to measure against this variant (default: trpc-read). */
  scenarios: string[];
}

export function readVariants(file: string): ApiVariant[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ApiVariant>[];
  return parsed.map((v, i) => {
    if (!v.id || !/^[a-z0-9-]+$/.test(v.id))
      throw new Error(`${file}: variant ${i} needs an id of [a-z0-9-]`);
    return {
      id: v.id,
      env: v.env ?? {},
      nodeFlags: v.nodeFlags ?? [],
      scenarios: v.scenarios ?? ['trpc-read'],
    };
  });
}

/** The scenario, aimed at the variant's API instead of the real one. */
export const againstVariant = (scenario: Scenario, variant: ApiVariant, origin: string): Scenario => ({
  ...scenario,
  id: `${scenario.id}~${variant.id}`,
  title: `${scenario.title}, API variant ${variant.id}`,
  job: (ctx, connections, seconds) => scenario.job({ ...ctx, apiOrigin: origin }, connections, seconds),
});
