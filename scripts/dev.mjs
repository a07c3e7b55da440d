// `pnpm dev`: the API in watch mode on API_PORT (default 3001) and Vite with hot reload on PORT
// (default 3000), which proxies /trpc and /api to the API. Open http://localhost:3000.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '3000';
const apiPort = process.env.API_PORT ?? '3001';
// Run pnpm the way we were started (npx -y pnpm@10 dev): there may be no global pnpm.
const pnpm = (args, options) =>
  process.env.npm_execpath
    ? spawn(process.execPath, [process.env.npm_execpath, ...args], options)
    : spawn('pnpm', args, options);
const children = [
  pnpm(['--filter', '@samsyn/api', 'dev'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: apiPort,
      PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}`,
    },
  }),
  pnpm(['--filter', '@samsyn/web', 'dev'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_PORT: port, SAMSYN_API_ORIGIN: `http://localhost:${apiPort}` },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
