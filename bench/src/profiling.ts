import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProfileSummary, readProfile, summarizeProfile } from './profile-summary.ts';

export interface ProfiledServer {
  name: string;
  dir: string;
  /** Requests the server answered while profiled (warm-ups included). */
  requests: number;
}

/**
 * After the servers have exited (that is when --cpu-prof writes), summarises each one's profile
 * into one markdown file next to the raw .cpuprofile files (open those in Chrome DevTools or
 * speedscope for the flame graph).
 */
export async function writeProfileReport(servers: ProfiledServer[], file: string): Promise<string> {
  const sections: string[] = ['# CPU profile of a bench run', ''];
  for (const server of servers) {
    // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread; tsx's
    // module-loader worker writes its own (thread 1), which is start-up work only.
    const profiles = (await readdir(server.dir)).filter((f) => /\.0\.\d+\.cpuprofile$/.test(f)).sort();
    const latest = profiles.at(-1);
    sections.push(`## ${server.name}`, '');
    if (!latest) {
      sections.push('No profile was written (did the process exit cleanly?).', '');
      continue;
    }
    const summary = summarizeProfile(await readProfile(path.join(server.dir, latest)));
    sections.push(
      `Profile: \`${path.join(server.dir, latest)}\``,
      '',
      formatProfileSummary(summary, server.requests),
      '',
    );
  }
  const text = sections.join('\n');
  await writeFile(file, text);
  return text;
}
