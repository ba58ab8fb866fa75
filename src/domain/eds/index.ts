export * from './eds2';
export * from './eds2022';
export { PROTECTED_CHARACTERISTICS, parseEdsReview, type EdsReview, type Eds2Review, type Eds2022Review, type EdsReviewEvent } from './review';
export * from './roll-up';
export { planFramework, reviewToShow, type EdsFramework, type ReviewToShow } from './review-to-show';
export { completeness, describeMissing, type ReviewCompleteness } from './completeness';
export { frameworkName } from './framework-name';
export { canDeleteReview, canReopenReview, duplicateReview, duplicateReviewMessage, reopenReview, type Reopened } from './lifecycle';
