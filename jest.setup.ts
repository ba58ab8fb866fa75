import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';

// On a loaded machine a whole page's first render in jsdom can take seconds, and Testing Library's
// default 1 s for findBy…/waitFor then fails a correct page. Wait for the state longer, but bounded,
// and well inside the per-test timeout (60 s here; the whole app shell renders in most tests).
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

// jsdom has no crypto.subtle, and MSAL's constructor throws crypto_nonexistent without it.
if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}

// jsdom lacks the Encoding API that every browser has.
if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

// jsdom's Blob has no arrayBuffer(), which every browser has and the staff-file reader uses to
// read a file a slice at a time. jsdom's FileReader reads the same bytes.
function blobBytes(this: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(reader.result as ArrayBuffer));
    reader.addEventListener('error', () => reject(reader.error ?? new Error('The file could not be read.')));
    reader.readAsArrayBuffer(this);
  });
}
if (typeof Blob.prototype.arrayBuffer !== 'function') Blob.prototype.arrayBuffer = blobBytes;

// jest-environment-jsdom has no fetch, yet teams-js fetches its valid-origins list at import time.
// Failing fast lets teams-js fall back to its built-in list instead of crashing the run.
if (typeof globalThis.fetch !== 'function') {
  globalThis.fetch = jest.fn(() => Promise.reject(new Error('network disabled in tests'))) as unknown as typeof fetch;
}

// jsdom has no canvas; react-charts measures axis label widths with a 2d context.
HTMLCanvasElement.prototype.getContext = jest.fn(() => ({
  measureText: (text: string) => ({ width: text.length * 7 }),
  font: '',
})) as unknown as typeof HTMLCanvasElement.prototype.getContext;

// jsdom has no ResizeObserver, which Fluent's overflow utilities need.
class ResizeObserverShim {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'ResizeObserver', { value: ResizeObserverShim, configurable: true, writable: true });
}

// jsdom has no matchMedia; the browser host reads prefers-color-scheme and forced-colors through it.
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}
