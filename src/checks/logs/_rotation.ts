// The shared secret engine's rotation advice (src/engines/secrets): one provider checklist per
// credential family, quoted in every log finding and in the terminal's rotation checklist.
export { rotationAdvice } from '../../engines/secrets/index.ts';
