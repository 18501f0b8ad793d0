/**
 * Test-only: IndexedDB faults for the stores' tests (fake-indexeddb), each undone when the test ends.
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { onTestFinished, vi } from 'vitest';

/** The browser aborting the transaction just after a put was queued, as it does when the tab closes. */
export function abortAfterPut(): void {
  const realPut = IDBObjectStore.prototype.put;
  const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    const request = realPut.call(this, value, key);
    this.transaction.abort();
    return request;
  });
  onTestFinished(() => put.mockRestore());
}
