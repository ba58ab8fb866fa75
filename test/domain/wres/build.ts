import type { WresInput } from '../../../src/domain/wres';

/** Group counts shorthand: [white, bme, unknown]. */
export function g(white: number, bme: number, unknown = 0) {
  return { white, bme, unknown };
}

/** A minimal valid input with the given indicators. */
export function input(indicators: Partial<WresInput> = {}): WresInput {
  return { schemaVersion: 1, organisation: { name: 'Demo NHS Trust', odsCode: 'RXX' }, year: 2024, ...indicators };
}
