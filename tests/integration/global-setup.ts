import { hashPassword } from '@samsyn/api';
import { startTestCluster } from '@samsyn/db/testing';
import type {} from '@samsyn/db/testing/vitest';
import type { TestProject } from 'vitest/node';

/** One throwaway PostgreSQL for the whole integration run; test files clone its template. */
export default async function setup(project: TestProject) {
  const { info, stop } = await startTestCluster({ passwordHash: await hashPassword('samsyn-demo') });
  project.provide('testCluster', info);
  return stop;
}
