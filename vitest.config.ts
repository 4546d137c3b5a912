/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests for plugins and lib, bad-content builds, and checks of the built site. The timeout is
 * sized for a bad-content case, a whole Astro build of a copy of the project, on a busy two-CPU machine:
 * it guards against a hang, never measures speed.
 */
export default getViteConfig({
  test: {
    include: ['tests/{unit,bad-content,built,engines}/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 300_000,
    // Bad-content builds run side by side within a file (describe.concurrent); more than this only queues.
    maxConcurrency: 3,
  },
});
