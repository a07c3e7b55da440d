import type { AppRouter } from '@samsyn/api';
import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { router } from './app/router.tsx';
import { i18n } from './i18n/i18n.ts';
import { createApiClient } from './lib/api-client.ts';
import { createQueryClient } from './lib/query-client.ts';
import { TRPCProvider } from './lib/trpc.ts';
import './styles/global.css';

const trpcClient = createApiClient();
const queryClient = createQueryClient(() => {
  // The session ended under us: saying "no one is logged in" makes the guard send the user to
  // the login page, which brings them back here afterwards.
  queryClient.setQueryData(api.auth.me.queryKey(), null);
});
const api = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <RouterProvider router={router} />
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
