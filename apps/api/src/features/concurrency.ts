import { DomainError } from '@samsyn/domain';

/**
 * After an `update … where id = $id and version = $version returning …` found no row: the record
 * is either gone (NOT_FOUND) or someone saved it first (CONFLICT). Never a silent overwrite.
 */
export function staleOrMissing(entity: string, stillExists: boolean): never {
  if (stillExists) throw new DomainError('CONFLICT', 'conflict.stale', { entity });
  throw new DomainError('NOT_FOUND', 'notFound', { entity });
}
