/**
 * Access rules of `nns.*` (issue 20, the NNS indicator surveys), spread into the main registry.
 * The hostile import names the victim's intervention and local group by their ids' förbund: the
 * file's scopes are names, resolved only inside the caller's own förbund.
 */
import { nnsIndicators } from '@samsyn/domain';
import type { AccessRule } from './access-registry.ts';

const [firstStatement] = nnsIndicators;
const hostileRows = [
  {
    row: 2,
    questionnaire: 'Deltagare',
    question: firstStatement?.text ?? '',
    scope: 'Förbundet',
    n: 40,
    value: '1.0',
    nationalValue: '7.5',
  },
];

export const nnsAccessRules: Record<string, AccessRule> = {
  'nns.results': { access: 'tenant', minRole: 'viewer', input: () => ({ year: 2019 }) },
  'nns.importPreview': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({ year: 2019, fileName: 'kapad.csv', rows: hostileRows, expectedVersion: 0 }),
  },
  'nns.import': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({ year: 2019, fileName: 'kapad.csv', rows: hostileRows, expectedVersion: 1 }),
    // A stale version: refused with CONFLICT before anything is written.
    harmless: () => ({ year: 2019, fileName: 'kapad.csv', rows: hostileRows, expectedVersion: 999_999 }),
  },
  'nns.national': { access: 'authed' },
};
