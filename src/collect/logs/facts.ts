/** Facts gathered by scanning logs for secrets (issue: logs). */
export interface LogFacts {
  files: unknown[];
}
