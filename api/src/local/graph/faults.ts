/**
 * Fault injection for tests and measurement: `LOCAL_GRAPH_FAULTS=429:0.3,503:0.1,latency:50,retryAfter:1`.
 * Each request (and each `$batch` sub-request) is independently answered 429 or 503 with those
 * probabilities, from a seeded generator so that a run can be repeated exactly.
 */
export interface FaultSettings {
  throttleRate: number;
  unavailableRate: number;
  latencyMs: number;
  retryAfterSeconds: number;
}

export const noFaults: FaultSettings = { throttleRate: 0, unavailableRate: 0, latencyMs: 0, retryAfterSeconds: 1 };

export const DEFAULT_FAULT_SEED = 20240401;

export function parseFaults(spec: string | undefined): FaultSettings {
  const settings = { ...noFaults };
  if (spec === undefined || spec.trim() === '') return settings;
  for (const part of spec.split(',')) {
    const [rawKey, rawValue] = part.split(':', 2).map((text) => text.trim());
    const value = Number(rawValue);
    if (!rawKey || rawValue === undefined || !Number.isFinite(value) || value < 0) {
      throw new Error(`LOCAL_GRAPH_FAULTS: '${part}' is not of the form 429:0.3, 503:0.1, latency:50 or retryAfter:1.`);
    }
    switch (rawKey.toLowerCase()) {
      case '429':
        settings.throttleRate = value;
        break;
      case '503':
        settings.unavailableRate = value;
        break;
      case 'latency':
        settings.latencyMs = value;
        break;
      case 'retryafter':
        settings.retryAfterSeconds = value;
        break;
      default:
        throw new Error(`LOCAL_GRAPH_FAULTS: unknown setting '${rawKey}' (use 429, 503, latency or retryAfter).`);
    }
  }
  if (settings.throttleRate + settings.unavailableRate > 1) throw new Error('LOCAL_GRAPH_FAULTS: the 429 and 503 rates add up to more than 1.');
  return settings;
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type InjectedFault = { status: 429; code: 'TooManyRequests' } | { status: 503; code: 'serviceNotAvailable' };

export class FaultInjector {
  private readonly random: () => number;

  constructor(
    readonly settings: FaultSettings,
    seed: number = DEFAULT_FAULT_SEED,
  ) {
    this.random = seededRandom(seed);
  }

  get active(): boolean {
    return this.settings.throttleRate > 0 || this.settings.unavailableRate > 0;
  }

  /** One independent draw per request. */
  next(): InjectedFault | undefined {
    if (!this.active) return undefined;
    const draw = this.random();
    if (draw < this.settings.throttleRate) return { status: 429, code: 'TooManyRequests' };
    if (draw < this.settings.throttleRate + this.settings.unavailableRate) return { status: 503, code: 'serviceNotAvailable' };
    return undefined;
  }
}
