import { admin, createRouter } from '../../trpc/init.ts';
import { getWorkbookData } from './workbook-data.ts';

/**
 * The förbund's data for the Excel workbook (the raw zip export is the plain route in route.ts).
 * Förbund admins, like the zip.
 */
export const exportRouter = createRouter({
  workbook: admin.query(({ ctx }) => getWorkbookData(ctx)),
});
