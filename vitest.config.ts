/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests for plugins and lib, plus checks of the built site and of bad-content builds. */
export default getViteConfig({
  test: {
    include: ['tests/{unit,bad-content,built}/**/*.test.ts'],
    // A bad-content case builds a copy of the site.
    testTimeout: 60_000,
  },
});
