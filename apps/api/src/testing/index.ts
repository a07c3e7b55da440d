export { type Caller, createTestApi, DEMO_PASSWORD, outcomeOf, type TestApi } from './test-api.ts';
