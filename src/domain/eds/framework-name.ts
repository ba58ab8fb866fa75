import type { EdsFramework } from './review-to-show';

const NAMES: Readonly<Record<EdsFramework, string>> = { eds2: 'EDS2', eds2022: 'EDS 2022' };

/** A framework's name as NHS England writes it: "EDS2", "EDS 2022". */
export function frameworkName(framework: EdsFramework): string {
  return NAMES[framework];
}
