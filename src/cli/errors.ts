/** A mistake in how the tool was invoked: printed without a stack, exit code 2. */
export class UsageError extends Error {
  readonly code = 'USAGE' as const;
}
