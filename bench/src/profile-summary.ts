// Summarises a V8 .cpuprofile (from `node --cpu-prof`): where the CPU time went, by function
// (self time) and by area (package, Node internals, our code). Also runnable on its own:
//   node --import tsx bench/src/profile-summary.ts <file.cpuprofile> [requests]
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time the thread was not idle, in ms. */
  busyMs: number;
  idleMs: number;
  byArea: { area: string; ms: number; share: number }[];
  topFunctions: { name: string; where: string; area: string; ms: number; share: number }[];
}

/** Which part of the stack a frame belongs to: a package, Node itself, V8, or Samsyn. */
function areaOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'V8/native (program)';
    return 'native';
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const pkg = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (pkg?.[1]) return pkg[1];
  const ours = url.match(/\/(apps\/[^/]+|packages\/[^/]+|bench)\//);
  return ours?.[1] ? `samsyn ${ours[1]}` : url;
}

const shortPath = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
    .replace(/.*\/(apps|packages)\//, '$1/');

export function summarizeProfile(profile: CpuProfile, top = 30): ProfileSummary {
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byFunction = new Map<string, { name: string; where: string; area: string; ms: number }>();
  const byArea = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const frame = nodeById.get(id)?.callFrame;
    if (!frame) continue;
    const area = areaOf(frame.url, frame.functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + ms);
    const where = frame.url ? `${shortPath(frame.url)}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName}@${where}`;
    const entry = byFunction.get(key) ?? { name: frame.functionName || '(anonymous)', where, area, ms: 0 };
    entry.ms += ms;
    byFunction.set(key, entry);
  }
  const idleMs = byArea.get('idle') ?? 0;
  byArea.delete('idle');
  const busyMs = [...byArea.values()].reduce((a, b) => a + b, 0);
  const share = (ms: number) => (busyMs > 0 ? ms / busyMs : 0);
  return {
    busyMs,
    idleMs,
    byArea: [...byArea].map(([area, ms]) => ({ area, ms, share: share(ms) })).sort((a, b) => b.ms - a.ms),
    topFunctions: [...byFunction.values()]
      .filter((f) => f.area !== 'idle')
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((f) => ({ ...f, share: share(f.ms) })),
  };
}

/** Markdown: totals, CPU per request if the request count is known, areas, top functions. */
export function formatProfileSummary(summary: ProfileSummary, requests: number | null): string {
  const perRequest =
    requests && requests > 0
      ? `, ${((summary.busyMs * 1000) / requests).toFixed(0)} µs of CPU per request over ${requests.toLocaleString('en-US')} requests`
      : '';
  const lines = [
    `Busy ${(summary.busyMs / 1000).toFixed(2)} s, idle ${(summary.idleMs / 1000).toFixed(2)} s${perRequest}.`,
    '',
    '| area | self ms | share |',
    '| --- | ---: | ---: |',
    ...summary.byArea
      .slice(0, 20)
      .map((a) => `| ${a.area} | ${a.ms.toFixed(0)} | ${(a.share * 100).toFixed(1)} % |`),
    '',
    '| function | where | self ms | share |',
    '| --- | --- | ---: | ---: |',
    ...summary.topFunctions.map(
      (f) => `| ${f.name} | ${f.where || f.area} | ${f.ms.toFixed(0)} | ${(f.share * 100).toFixed(1)} % |`,
    ),
  ];
  return lines.join('\n');
}

export async function readProfile(file: string): Promise<CpuProfile> {
  return JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, requests] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [requests]');
  const summary = summarizeProfile(await readProfile(file));
  process.stdout.write(`${formatProfileSummary(summary, requests ? Number(requests) : null)}\n`);
}
