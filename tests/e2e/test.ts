import { test as base } from "@playwright/test";
import { ownAddress } from "./pages";

export { expect } from "@playwright/test";

/**
 * Playwright's test, with each test's browser speaking from a client address of
 * its own (the e2e server trusts X-Forwarded-For): the suite's sign-ups would
 * otherwise share one rate-limit bucket of ten a minute, and a spec later in the
 * run would be refused for what earlier ones did.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => {
    await provide({ ...extraHTTPHeaders, ...ownAddress() });
  },
});
