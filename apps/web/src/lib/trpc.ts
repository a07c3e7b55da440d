import type { AppRouter } from '@samsyn/api';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** React bindings of the typed API: `useTRPC()` gives query and mutation options per procedure. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
