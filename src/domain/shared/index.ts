export { roundHalfAwayFromZero, round1, round2 } from './rounding';
export { percentOf, percentOf1dp } from './percent';
export {
  type IsoDate,
  isIsoDate,
  parseUkDate,
  formatUkDate,
  daysBetween,
  addDays,
  londonDate,
  planYearOf,
  planYearRange,
} from './uk-date';
export { type FieldError, type Validated, formatPath, describeValue, zodIssuesToFieldErrors } from './validation';
