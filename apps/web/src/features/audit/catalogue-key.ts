import { sv } from '../../i18n/sv.ts';
import type { MessageKey } from '../../lib/message-key.ts';

/**
 * `namespace.path` when the catalogue has a string there, else null: for keys that come as data
 * (an audit entry's action or field), which may be ones the catalogue does not know yet.
 */
export function catalogueKey(namespace: string, path: string): MessageKey | null {
  let node: unknown = sv;
  for (const part of [...namespace.split('.'), ...path.split('.')]) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? (`${namespace}.${path}` as MessageKey) : null;
}
