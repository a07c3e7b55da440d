import { LRUCache } from 'lru-cache';

/**
 * A token bucket per client address: `capacity` requests at once, refilled at `perSecond`.
 * In memory, so per replica: with N replicas behind a load balancer an address gets up to N times
 * the rate. Scaling out calls for a shared store (a PostgreSQL table as for login attempts, or the
 * load balancer's own limiter); for one replica this is exact and costs nothing.
 */
export interface TokenBucket {
  /** Takes a token for `key`; returns 0 when allowed, else the seconds until one is available. */
  take(key: string, now?: number): number;
}

export function createTokenBucket(options: {
  capacity: number;
  perSecond: number;
  maxKeys?: number;
}): TokenBucket {
  // Bounded: the address seen least recently is forgotten first (a full bucket is the default anyway).
  const buckets = new LRUCache<string, { tokens: number; at: number }>({ max: options.maxKeys ?? 10_000 });
  return {
    take(key, now = Date.now()) {
      const bucket = buckets.get(key) ?? { tokens: options.capacity, at: now };
      const tokens = Math.min(
        options.capacity,
        bucket.tokens + ((now - bucket.at) / 1000) * options.perSecond,
      );
      if (tokens < 1) {
        buckets.set(key, { tokens, at: now });
        return Math.ceil((1 - tokens) / options.perSecond);
      }
      buckets.set(key, { tokens: tokens - 1, at: now });
      return 0;
    },
  };
}
