import { describe, expect, it } from 'vitest';
import { describeError, isStorageError } from '../../src/data/describe-error';

describe('describeError', () => {
  it('names a full storage in plain words, also when Dexie wraps the browser’s error', () => {
    const quota = Object.assign(new Error(''), { name: 'QuotaExceededError' });
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    expect(describeError(quota)).toMatch(/^the browser’s storage for Bridge is full\./);
    expect(describeError(wrapped)).toBe(describeError(quota));
    expect(isStorageError(wrapped)).toBe(true);
  });

  it('passes other errors through by their message, without a closing full stop', () => {
    expect(describeError(new Error('attempts[3].at: in the future.'))).toBe('attempts[3].at: in the future');
    expect(describeError('plain')).toBe('plain');
    expect(isStorageError(new TypeError('x'))).toBe(false);
    expect(isStorageError(null)).toBe(false);
  });
});
