import type { DemoForbundApplications } from './demo-application-types.ts';
import { gavleborgApplications } from './gavleborg.ts';
import { harnosandTimraApplications } from './harnosand-timra.ts';

/** The demo förbund's applications for funds (issue 22), loaded by `seedDemoApplications`. */
export const demoApplications: readonly DemoForbundApplications[] = [
  gavleborgApplications,
  harnosandTimraApplications,
];
