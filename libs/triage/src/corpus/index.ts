// The labelled messages, for tests and benchmarks only: kept out of the engine's main entry so
// they never reach the API or the dashboard bundle.
export { CORPUS } from './corpus';
export { HOLDOUT } from './holdout';
export { HOLDOUT_FRESH } from './holdout-fresh';
export { HOLDOUT_BLIND } from './holdout-blind';
export { HOLDOUT_FOURTH } from './holdout-fourth';
export { HOLDOUT_UNSEEN_A } from './holdout-unseen-a';
export { HOLDOUT_UNSEEN_B } from './holdout-unseen-b';
export { HOLDOUT_CATEGORY_F } from './holdout-category-f';
export { HOLDOUT_SEALED_E } from './holdout-sealed-e';
