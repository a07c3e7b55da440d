import type { Sql } from '@samsyn/db';
import type { Logger } from '../../logger.ts';
import { remindEveryTenant } from './remind-every-tenant.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Sends the due section reminders of every förbund once an hour (and once shortly after start).
 * Several replicas may run it: each reminder is claimed by its row in period_report_reminders.
 * Returns the stop function.
 */
export function startReminderTimer(
  sql: Sql,
  options: { publicOrigin: string },
  log: Logger,
  intervalMs = HOUR_MS,
): () => void {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const { sent, failed } = await remindEveryTenant(sql, options);
      if (sent > 0) log.info({ sent }, 'report section reminders queued');
      for (const { slug, error } of failed)
        log.error({ err: error, tenant: slug }, 'report reminders failed');
    } catch (error) {
      log.error({ err: error }, 'report reminder sweep failed');
    } finally {
      isRunning = false;
    }
  };
  const first = setTimeout(() => void tick(), 60_000);
  first.unref();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
