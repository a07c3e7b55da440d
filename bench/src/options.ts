/** Knobs for a run; the defaults are what `pnpm bench` does and what the budgets assume. */
export interface BenchOptions {
  /** Seconds per measured run. */
  seconds: number;
  /** Seconds of the discarded warm-up run per scenario (JIT, connection pools, caches). */
  warmupSeconds: number;
  repetitions: number;
  connections: number[];
  /** Synthetic förbund on top of the demo data. */
  tenants: number;
  /** Only these scenario ids (the floor always runs). */
  only: string[] | null;
  /** Run the API under `node --cpu-prof` and summarise where its CPU time went. */
  profile: boolean;
  /** Run the API and the floor under `node --trace-gc-nvp` and summarise their collections. */
  gc: boolean;
  /** A JSON file of API variants to measure beside the real API (see variants.ts). */
  variants: string | null;
}

const usage = `usage: pnpm bench [--seconds=5] [--warmup=3] [--reps=3] [--connections=1,50] [--tenants=300]
                  [--only=trpc-read,login] [--profile] [--gc] [--variants=file.json]`;

export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    seconds: 5,
    warmupSeconds: 3,
    repetitions: 3,
    connections: [1, 50],
    tenants: 300,
    only: null,
    profile: false,
    gc: false,
    variants: null,
  };
  const positive = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer\n${usage}`);
    return n;
  };
  for (const arg of argv) {
    const [name = '', value = ''] = arg.replace(/^--/, '').split('=');
    if (name === 'seconds') options.seconds = positive(name, value);
    else if (name === 'warmup') options.warmupSeconds = positive(name, value);
    else if (name === 'reps') options.repetitions = positive(name, value);
    else if (name === 'tenants') options.tenants = Math.max(positive(name, value), 60);
    else if (name === 'connections') options.connections = value.split(',').map((v) => positive(name, v));
    else if (name === 'only') options.only = value.split(',').filter(Boolean);
    else if (name === 'profile') options.profile = true;
    else if (name === 'gc') options.gc = true;
    else if (name === 'variants') options.variants = value;
    else if (name === 'help' || name === 'h') {
      process.stderr.write(`${usage}\n`);
      process.exit(0);
    } else if (name !== '') throw new Error(`unknown option ${arg}\n${usage}`);
  }
  return options;
}
