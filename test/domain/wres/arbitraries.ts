import fc from 'fast-check';

/** Events within a population: [events, population]. */
export const eventsWithin = (max = 5000) =>
  fc.integer({ min: 0, max }).chain((population) => fc.tuple(fc.integer({ min: 0, max: population }), fc.constant(population)));

/** Group counts with events ≤ population per group. */
export const countsPair = (max = 5000) =>
  fc.record({ white: eventsWithin(max), bme: eventsWithin(max), unknown: eventsWithin(max) }).map(({ white, bme, unknown }) => ({
    population: { white: white[1], bme: bme[1], unknown: unknown[1] },
    events: { white: white[0], bme: bme[0], unknown: unknown[0] },
  }));
