/**
 * Fingerprints of back-to-back windows (one procedure's calls, then the next one's), each proving
 * that its window changed nothing. With nothing run between two windows, one window's end is the
 * next one's start: taken once instead of twice (a fingerprint reads every row). A window that fails
 * before it ends leaves no end behind, so the next takes its own start.
 */
export function fingerprintChain<Fingerprint>(take: () => Promise<Fingerprint>) {
  let lastEnd: Fingerprint | null = null;
  return {
    async start(): Promise<Fingerprint> {
      const start = lastEnd ?? (await take());
      lastEnd = null;
      return start;
    },
    async end(): Promise<Fingerprint> {
      lastEnd = await take();
      return lastEnd;
    },
  };
}
