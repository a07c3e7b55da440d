export {
  type Caller,
  createTestApi,
  DEMO_PASSWORD,
  outcomeOf,
  type TestApi,
  type TestClient,
} from './test-api.ts';
