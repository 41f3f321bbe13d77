import { defineConfig } from 'vitest/config'

// Browser journeys against a running backend (HUB_BASE_URL); never part of `npm test`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    setupFiles: ['e2e/failure-report.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
})
