import {defineConfig} from '@playwright/test';

// Debian's Chromium, since Playwright cannot download its own browser here; the flags keep it
// from reaching for the network, which this machine does not have.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  retries: 0,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'
      ]
    }
  },
  // The editors' workspace test builds a whole site of its own: it runs after the others, one test
  // at a time, so that its build does not compete with them for this machine's two cores. Run it
  // alone with: npx playwright test -c tests/playwright.config.ts --project=workspace --no-deps
  projects: [
    {name: 'site', testIgnore: /cms\.spec\.ts$/},
    {name: 'workspace', testMatch: /cms\.spec\.ts$/, dependencies: ['site'], fullyParallel: false}
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    cwd: '..',
    env: {PORT: String(port)},
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000
  }
});
