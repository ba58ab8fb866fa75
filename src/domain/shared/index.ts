export { roundHalfAwayFromZero, round1, round2 } from './rounding';
export { percentOf, percentOf1dp } from './percent';
export {
  type IsoDate,
  type DateCheck,
  type DateRules,
  isIsoDate,
  parseUkDate,
  formatUkDate,
  checkUkDate,
  latestUkDate,
  planBeganOn,
  daysBetween,
  addDays,
  londonDate,
  planYearOf,
  planYearRange,
} from './uk-date';
export { type FieldError, type Validated, formatPath, describeValue, zodIssuesToFieldErrors } from './validation';
export { plainText, requiredPlainText, removeHiddenCharacters, hasHiddenCharacters } from './hidden-characters';
export { type LinkRules, type WebAddressCheck, HOSTED_LINKS, LOCAL_LINKS, WEB_ADDRESS_RULE, checkWebAddress, webAddress } from './web-address';
