// The one secret engine shared with the log scanner (issue 5 / design.md §3): config checks call
// it through this file so a move of its entry point touches one import.
export { redact, scanText } from '../../engines/secrets/index.ts';
