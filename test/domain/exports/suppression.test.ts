import fc from 'fast-check';
import highsLoader from 'highs';
import {
  NHS_DIGITAL_THRESHOLD,
  SUPPRESSED,
  SUPPRESSION_METHODS,
  SUPPRESSION_METHOD_LABELS,
  blockSpan,
  checkThreshold,
  dependentFigure,
  effectiveThreshold,
  isSmallCount,
  protectBlock,
  roundToFive,
} from '../../../src/domain/exports';

const S = SUPPRESSED;

describe('small counts, rounding and the rule in force', () => {
  test.each([
    [0, 5, false],
    [1, 5, true],
    [4, 5, true],
    [5, 5, false],
    [7, 8, true],
    [8, 8, false],
    [1, 1, false],
  ])('%i with threshold %i is small: %p (zero never is)', (count, threshold, small) => {
    expect(isSmallCount(count, threshold)).toBe(small);
  });

  test.each([
    [0, 0],
    [8, 10],
    [10, 10],
    [12, 10],
    [13, 15],
    [2226, 2225],
    [4489, 4490],
  ])('%i rounds to %i (nearest 5, halves up)', (count, rounded) => {
    expect(roundToFive(count)).toBe(rounded);
  });

  test("NHS Digital's rule works to 8 whatever the threshold; the threshold method to its own", () => {
    expect(effectiveThreshold({ method: 'nhs-digital-2018', threshold: 5 })).toBe(NHS_DIGITAL_THRESHOLD);
    expect(NHS_DIGITAL_THRESHOLD).toBe(8);
    expect(effectiveThreshold({ method: 'threshold', threshold: 10 })).toBe(10);
    expect(SUPPRESSION_METHODS.map((method) => SUPPRESSION_METHOD_LABELS[method])).toEqual([
      'Hide counts below the threshold',
      "NHS Digital's 2018 rule: hide 1 to 7, round other counts to the nearest 5",
    ]);
  });

  test.each([0, -1, 2.5, Number.NaN])('refuses a threshold of %p', (threshold) => {
    expect(() => checkThreshold(threshold)).toThrow(/threshold must be a whole number/);
  });

  test('a figure from a hidden count is hidden; otherwise it is shown as it is', () => {
    expect(dependentFigure(12.5, [false, true])).toBe(S);
    expect(dependentFigure(12.5, [false, false])).toBe(12.5);
    expect(dependentFigure(null, [])).toBeNull();
  });
});

const smallOf = (rows: readonly (readonly number[])[]) => rows.map((row) => row.map((value) => isSmallCount(value, 5)));
const name = (i: number, j: number) => `x${i}_${j}`;
const X = true;
const o = false;

describe('blockSpan: how far a hidden entry could move, worked by hand', () => {
  test.each([
    // One row: its column sums are known, so nothing in it can move.
    ['a lone row', [[10, 2, 3, 15]], [[o, X, o, X]], [0, 1], 10, { down: 0, up: 0 }],
    // Two rows, a rectangle of hidden entries: BME 2 may rise by as much as White 30 and BME 20 can fall (19 each, capped at 10), fall by 1 (to 1).
    [
      'a rectangle',
      [
        [30, 2, 10, 42],
        [40, 20, 15, 75],
      ],
      [
        [X, X, o, o],
        [X, X, o, o],
      ],
      [0, 1],
      10,
      { down: 1, up: 10 },
    ],
    // The same with a small partner: BME 2 and 3 share one column line, so 2 rises only as far as 3 falls (2).
    [
      'two small entries protect each other only a little',
      [
        [30, 2, 10, 42],
        [40, 3, 15, 58],
      ],
      [
        [X, X, o, o],
        [X, X, o, o],
      ],
      [0, 1],
      10,
      { down: 1, up: 2 },
    ],
    // A hidden total rises with a hidden entry of its row, and falls back down with another row's.
    [
      'totals take part',
      [
        [18, 2, 0, 20],
        [50, 8, 2, 60],
      ],
      [
        [o, X, o, X],
        [o, X, o, X],
      ],
      [0, 1],
      10,
      { down: 1, up: 7 },
    ],
  ] as const)('%s', (_name, block, hidden, [row, column], limit, span) => {
    expect(blockSpan(block, hidden, row, column, limit)).toEqual(span);
  });

  test('a column split into lines: a senior line with a known sum keeps its entries apart from the rest', () => {
    const block = [
      [30, 2, 10, 42],
      [40, 20, 15, 75],
    ];
    const hidden = [
      [X, X, o, o],
      [X, X, o, o],
    ];
    // Row 0 is "senior": its BME entry is alone on its line, so it cannot move.
    expect(blockSpan(block, hidden, 0, 1, 10, (i, j) => (j === 1 && i === 0 ? 4 : j))).toEqual({ down: 0, up: 0 });
  });
});

describe('protectBlock', () => {
  const costs = [3, 12, 1, 4];
  const cost = (_: number, column: number) => costs[column] as number;

  const worked = [
    [18, 2, 0, 20],
    [50, 8, 2, 60],
    [120, 22, 3, 145],
  ];

  test('with every column sum fixed, two small Unknowns adding up to 5 cannot be protected', () => {
    // Unknown: 0 (published), 2 and 3, summing to a known 5: each is 1 to 4, four values.
    expect(protectBlock(worked, smallOf(worked), 5, cost)).toBeUndefined();
  });

  test('with the totals row free to move, the cheapest protection: White and Unknown first, one BME partner where only BME can serve', () => {
    const withTotals = [...worked, [188, 32, 5, 225]];
    const chosen = protectBlock(withTotals, smallOf(withTotals), 5, cost, undefined, 3) as boolean[][];
    // Hand-checked: BME 2 shares its column line only with BME entries (8, 22 and the total 32),
    // so one must go: the first on the cheapest path, BME 8; then 2 + 8 = 10 is known and each
    // is 1 to 9. Row 0 hides White 18 (Unknown is 0, published). The Unknowns 2 and 3 move with
    // the Unknown total 5, which moves with the White total, which moves with the White entries.
    expect(chosen).toEqual([
      [X, X, o, o],
      [X, X, X, o],
      [X, o, X, o],
      [X, o, X, o],
    ]);
    chosen.forEach((row, i) =>
      row.forEach((isHidden, j) => {
        if (!isHidden) return;
        const span = blockSpan(withTotals, chosen, i, j, 5, undefined, 3);
        expect(span.down + span.up + 1).toBeGreaterThanOrEqual(5);
      }),
    );
  });

  test('a lone row with a small count cannot be protected', () => {
    expect(protectBlock([[10, 2, 3, 15]], [[o, X, X, o]], 5, cost)).toBeUndefined();
  });

  const blocks = fc.record({ rows: fc.integer({ min: 1, max: 5 }), threshold: fc.integer({ min: 2, max: 10 }) }).chain(({ rows, threshold }) =>
    fc.record({
      threshold: fc.constant(threshold),
      block: fc
        .array(fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 200 })), { minLength: 3, maxLength: 3 }), {
          minLength: rows,
          maxLength: rows,
        })
        .map((cells) => cells.map((row) => [...row, row[0]! + row[1]! + row[2]!])),
    }),
  );

  test('property: every entry it hides could move over at least threshold values; small counts stay hidden; zeros are never hidden', () => {
    fc.assert(
      fc.property(blocks, ({ block, threshold }) => {
        const small = block.map((row) => row.map((value) => isSmallCount(value, threshold)));
        const chosen = protectBlock(block, small, threshold, cost);
        const wrong = (chosen ?? []).flatMap((row, i) =>
          row.flatMap((isHidden, j) => {
            const value = block[i]![j]!;
            const span = blockSpan(block, chosen!, i, j, threshold);
            const ok = (!small[i]![j] || isHidden) && (value !== 0 || !isHidden) && (!isHidden || span.down + span.up + 1 >= threshold);
            return ok ? [] : [[i, j]];
          }),
        );
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('property: blockSpan is the exact integer-programming bound, with or without a totals row (checked with HiGHS)', async () => {
    const highs = await highsLoader();
    fc.assert(
      fc.property(blocks, fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), fc.boolean(), ({ block: rows }, mask, withTotals) => {
        const totals = withTotals ? [[0, 1, 2, 3].map((j) => rows.reduce((sum, row) => sum + row[j]!, 0))] : [];
        const block = [...rows, ...totals];
        const totalsRow = withTotals ? rows.length : undefined;
        const sign = (i: number) => (i === totalsRow ? -1 : 1);
        const hidden = block.map((row, i) => row.map((value, j) => value > 0 && (mask[i * 4 + j] as boolean)));
        const cells = block.flatMap((row, i) => row.map((value, j) => ({ i, j, value }))).filter(({ i, j }) => hidden[i]![j]);
        if (cells.length === 0) return;
        const term = (i: number, j: number) => (hidden[i]![j] ? name(i, j) : undefined);
        const constraints: string[] = [];
        block.forEach((row, i) => {
          const vars = [0, 1, 2].map((j) => term(i, j)).filter((v) => v !== undefined);
          const known = [0, 1, 2].filter((j) => !hidden[i]![j]).reduce((sum, j) => sum + row[j]!, 0);
          const total = term(i, 3);
          if (vars.length === 0 && total === undefined) return;
          constraints.push(
            ` r${i}: ${[...vars.map((v) => `+ ${v}`), ...(total === undefined ? [] : [`- ${total}`])].join(' ')} = ${(total === undefined ? row[3]! : 0) - known}`,
          );
        });
        // Each column (the totals row's entry taken away) sums to what its hidden entries truly sum to.
        for (let j = 0; j < 4; j += 1) {
          const vars = block.flatMap((_, i) => (hidden[i]![j] ? [`${sign(i) < 0 ? '-' : '+'} ${name(i, j)}`] : []));
          if (vars.length === 0) continue;
          const sum = block.reduce((acc, row, i) => acc + (hidden[i]![j] ? sign(i) * row[j]! : 0), 0);
          constraints.push(` k${j}: ${vars.join(' ')} = ${sum}`);
        }
        const limit = 1000;
        for (const { i, j, value } of cells) {
          const solve = (sense: string) => {
            const text = [
              sense,
              ` obj: ${name(i, j)}`,
              'Subject To',
              ...constraints,
              'Bounds',
              ...cells.map((c) => ` 1 <= ${name(c.i, c.j)} <= 100000`),
              'General',
              ` ${cells.map((c) => name(c.i, c.j)).join(' ')}`,
              'End',
            ].join('\n');
            const solution = highs.solve(text);
            return Math.round((solution.Columns[name(i, j)] as { Primal: number }).Primal);
          };
          const span = blockSpan(block, hidden, i, j, limit, undefined, totalsRow);
          expect({ down: span.down, up: Math.min(span.up, limit) }).toEqual({
            down: value - solve('Minimize'),
            up: Math.min(solve('Maximize') - value, limit),
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
