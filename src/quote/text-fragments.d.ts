// Minimal types for the parts of text-fragments-polyfill (GoogleChromeLabs) this project uses; it ships none.
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
  import type { TextFragment } from './clipboard-text.ts';
  export const GenerateFragmentStatus: { SUCCESS: 0; INVALID_SELECTION: 1; AMBIGUOUS: 2; TIMEOUT: 3; EXECUTION_FAILED: 4 };
  export function generateFragmentFromRange(range: Range): { status: number; fragment?: TextFragment };
}
