import { createRouter } from '../../trpc/init.ts';

/** `tenantLogo.* (issue 23): the förbund's logo for its documents`. See ARCHITECTURE.md, "Rapporter". */
export const tenantLogoRouter = createRouter({});
