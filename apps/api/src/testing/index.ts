export { newInterventionInput } from './intervention-input.ts';
export { logInOverHttp } from './log-in-over-http.ts';
export { issuesOf, reasonOf } from './refusals.ts';
export { structuralFigures } from './structural-figures.ts';
export {
  type Caller,
  createTestApi,
  DEMO_PASSWORD,
  outcomeOf,
  type TestApi,
  type TestClient,
} from './test-api.ts';
export { type DemoCallers, demoTenant, useDemoCallers } from './use-demo-callers.ts';
export { type HttpApp, idOfOneRow, useHttpApp } from './use-http-app.ts';
export { useTestApi } from './use-test-api.ts';
