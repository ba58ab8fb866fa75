import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { OperationMessage } from '../../src/components/operation-message';
import { useOperation, type OperationStatus } from '../../src/components/use-operation';

const wordFailure = (error: unknown): string => `Failed: ${error instanceof Error ? error.message : 'unknown'}`;

/** A promise the test settles when it chooses, so each state can be awaited in turn. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  const parts: { resolve?: (value: T) => void } = {};
  const promise = new Promise<T>((resolve) => (parts.resolve = resolve));
  return { promise, resolve: (value) => parts.resolve?.(value) };
}

const show = (status: OperationStatus<number>) =>
  render(<OperationMessage status={status} busyLabel="Saving…" failedTitle="Not saved" doneText={(value) => `Saved ${value}.`} />);

describe('useOperation: one way to run an operation and show how it went', () => {
  test('it goes busy, then done with the value', async () => {
    const pending = deferred<number>();
    const { result } = renderHook(() => useOperation(() => pending.promise, wordFailure));
    expect(result.current.status.kind).toBe('idle');
    let outcome: Promise<unknown> = Promise.resolve();
    act(() => {
      outcome = result.current.run();
    });
    await waitFor(() => expect(result.current.busy).toBe(true));
    await act(async () => {
      pending.resolve(7);
      await outcome;
    });
    expect(result.current.status).toEqual({ kind: 'done', value: 7 });
    await expect(outcome).resolves.toEqual({ ok: true, value: 7 });
  });

  test('a failure is kept with its words, and reset returns to idle', async () => {
    const failure = new Error('no network');
    const { result } = renderHook(() => useOperation(() => Promise.reject(failure), wordFailure));
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.run();
    });
    expect(outcome).toEqual({ ok: false, error: failure, ignored: false });
    expect(result.current.status).toEqual({ kind: 'failed', error: failure, message: 'Failed: no network' });
    act(() => result.current.reset());
    expect(result.current.status.kind).toBe('idle');
  });

  test('a second run while one is running is ignored, so a double click saves once', async () => {
    let calls = 0;
    const pending = deferred<undefined>();
    const { result } = renderHook(() =>
      useOperation(() => {
        calls += 1;
        return pending.promise;
      }, wordFailure),
    );
    let first: Promise<unknown> = Promise.resolve();
    let second: Promise<unknown> = Promise.resolve();
    act(() => {
      first = result.current.run();
      second = result.current.run();
    });
    await expect(second).resolves.toEqual(expect.objectContaining({ ok: false, ignored: true }));
    await act(async () => {
      pending.resolve(undefined);
      await first;
    });
    expect(calls).toBe(1);
  });

  test('nothing is set after the page has gone', async () => {
    const pending = deferred<undefined>();
    const { result, unmount } = renderHook(() => useOperation(() => pending.promise, wordFailure));
    let outcome: Promise<unknown> = Promise.resolve();
    act(() => {
      outcome = result.current.run();
    });
    unmount();
    pending.resolve(undefined);
    await expect(outcome).resolves.toEqual({ ok: true, value: undefined });
    expect(result.current.status.kind).toBe('busy');
  });
});

describe('OperationMessage', () => {
  test('busy shows a labelled spinner', () => {
    show({ kind: 'busy' });
    expect(screen.getByText('Saving…')).toBeInTheDocument();
  });

  test('a failure is an alert naming what did not happen and why', () => {
    show({ kind: 'failed', error: new Error('x'), message: 'The plan could not be reached.' });
    expect(screen.getByRole('alert')).toHaveTextContent('Not savedThe plan could not be reached.');
  });

  test('success is said in a polite live region; idle says nothing', () => {
    const { container, rerender } = show({ kind: 'idle' });
    expect(container).toBeEmptyDOMElement();
    rerender(<OperationMessage status={{ kind: 'done', value: 3 }} busyLabel="Saving…" failedTitle="Not saved" doneText="Saved." />);
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });
});
