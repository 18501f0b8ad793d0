import { describe, expect, it } from 'vitest';
import { storageFailure } from './indexed-db';

describe('storageFailure', () => {
  it.each([
    {
      error: new DOMException('The requested version is less than the existing version.', 'VersionError'),
      failure: 'newer',
    },
    { error: new DOMException('The database connection is closing.', 'InvalidStateError'), failure: 'closed' },
    { error: new DOMException('The quota has been exceeded.', 'QuotaExceededError'), failure: 'full' },
    { error: new DOMException('The transaction was aborted.', 'AbortError'), failure: 'aborted' },
    { error: new DOMException('The operation is insecure.', 'SecurityError'), failure: 'unavailable' },
    { error: new DOMException('The object could not be cloned.', 'DataCloneError'), failure: 'failed' },
    { error: new Error('something else'), failure: 'failed' },
    { error: 'not an error at all', failure: 'failed' },
  ])('reads $error.name as $failure', ({ error, failure }) => {
    expect(storageFailure(error)).toBe(failure);
  });
});
