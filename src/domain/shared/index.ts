export { roundHalfAwayFromZero, round1, round2 } from './rounding';
export { percentOf, percentOf1dp } from './percent';
export { type IsoDate, isIsoDate, parseUkDate, formatUkDate, daysBetween, addDays, londonDate, planYearOf, planYearRange } from './uk-date';
export { type DateCheck, type DateRules, checkUkDate, latestUkDate, planBeganOn } from './uk-date-check';
export { type FieldError, type Validated, formatPath, describeValue, zodIssuesToFieldErrors } from './validation';
export { plainText, requiredPlainText, removeHiddenCharacters, hasHiddenCharacters } from './hidden-characters';
export { type LinkRules, type WebAddressCheck, HOSTED_LINKS, LOCAL_LINKS, WEB_ADDRESS_RULE, checkWebAddress, webAddress } from './web-address';
export { compareIsoDates, compareText, compareTitles } from './text-order';
export { groupBy } from './group-by';
