import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'contracts/**/*.test.ts',
      'game/**/*.test.ts',
      'python-runtime/**/*.test.ts',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // the level tests start a real CPython (Pyodide) once per file
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
