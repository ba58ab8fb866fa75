import type { WresOptions } from '../../../src/domain/wres';

export interface CliArgs {
  readonly file: string;
  readonly format: 'json' | 'table';
  readonly options: Partial<WresOptions>;
}

export const USAGE = `Usage: npm run --silent wres -- <file.json|file.csv> [--format json|table]
       [--indicator3-average single-year|pooled-two-years|mean-of-likelihoods]
       [--verdict-basis rounded|unrounded] [--percent-denominator all-staff|known-ethnicity]
       [--zero-cell-correction haldane-anscombe|none]`;

const CHOICES = {
  '--format': ['json', 'table'],
  '--indicator3-average': ['single-year', 'pooled-two-years', 'mean-of-likelihoods'],
  '--verdict-basis': ['rounded', 'unrounded'],
  '--percent-denominator': ['all-staff', 'known-ethnicity'],
  '--zero-cell-correction': ['haldane-anscombe', 'none'],
} as const;

type Flag = keyof typeof CHOICES;

/** Reads the command line; returns a message instead when it cannot be understood. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const values: Partial<Record<Flag, string>> = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (flag in CHOICES) {
      const value = inline ?? argv[(i += 1)];
      const allowed: readonly string[] = CHOICES[flag as Flag];
      if (value === undefined || !allowed.includes(value)) return { error: `${flag} must be one of ${allowed.join(', ')}` };
      values[flag as Flag] = value;
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}` };
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return { error: files.length === 0 ? 'give one input file' : 'give only one input file' };
  const options: { -readonly [K in keyof WresOptions]?: WresOptions[K] } = {};
  if (values['--indicator3-average']) options.indicator3Average = values['--indicator3-average'] as WresOptions['indicator3Average'];
  if (values['--verdict-basis']) options.verdictBasis = values['--verdict-basis'] as WresOptions['verdictBasis'];
  if (values['--percent-denominator']) options.percentDenominator = values['--percent-denominator'] as WresOptions['percentDenominator'];
  if (values['--zero-cell-correction']) options.zeroCellCorrection = values['--zero-cell-correction'] as WresOptions['zeroCellCorrection'];
  return { file: files[0] as string, format: (values['--format'] ?? 'json') as 'json' | 'table', options };
}
