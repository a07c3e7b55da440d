import { useOutletContext } from 'react-router';
import type { TenantOverview } from './member-groups.ts';

/** The current förbund, for pages under TenantLayout (which renders them only once it is loaded). */
export const useTenant = (): TenantOverview => useOutletContext<TenantOverview>();
