/** U+2212, the minus sign a board paper prints (a hyphen reads as a dash and breaks across lines). */
export const MINUS = '\u2212';

/** A number to `decimals` places with a real minus sign when negative, e.g. "−12.1"; never "−0.0". */
export function numberText(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(fixed) !== 0 ? `${MINUS}${fixed}` : fixed;
}

/** A number with its sign always shown ("+0.7", "−12.1"); zero at this precision is "0.0". */
export function signedText(value: number, decimals: number): string {
  const text = numberText(value, decimals);
  return value > 0 && Number(text) !== 0 ? `+${text}` : text;
}
