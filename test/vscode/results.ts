// The contract between the suite (inside the extension host) and runCodeServer.ts (outside it).

/** Set on the code-server process, which the extension host inherits: the folder for results.json and DONE. */
export const RESULTS_DIR_ENV = 'MORTGAGE_LENS_TEST_RESULTS';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}
