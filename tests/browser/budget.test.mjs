// The placement supervisor's phone: how much JavaScript /my-places needs before it is usable (from the network log),
// and the app shell from the service worker: installed on the first load, in control after a reload, and still there
// offline, while nothing of /api/ is ever cached. Screenshots in artifacts/budget-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { apiCall, assertAccessible, expectHeading, signIn, useServerAndBrowser } from './helpers.mjs';

const { open } = useServerAndBrowser();

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
// The budget for the attendance screen.
const BUDGET_KB = 150;
// The UI runs on Preact (preact/compat, vite.config.ts) rather than React DOM: the first screen is Preact (~10 KB),
// React Router, i18next and TanStack Query (~58 KB), suomifi-ui-components with styled-components (~44 KB), and the
// app's own code and Finnish texts (~30 KB).
const SUPERVISOR = { username: 'budjetti-ohjaaja', password: 'budjetti-salasana-2026' };

/** A host of its own and a placement supervisor there, made by the administrator: no demo place or booking used. */
async function makeSupervisor() {
  const { page } = await open();
  await signIn(page, 'admin');
  const host = await apiCall(page, 'POST', '/api/v1/organisations', { name: 'Budjettipaja ry', kinds: ['host'], regions: [] });
  assert.equal(host.status, 201, JSON.stringify(host.body));
  const user = await apiCall(page, 'POST', '/api/v1/users', {
    username: SUPERVISOR.username,
    displayName: 'Birgitta Budjetti',
    email: 'birgitta@example.org',
    language: 'fi',
    active: true,
    roles: [{ organisationId: host.body.id, role: 'placement_supervisor' }],
    password: SUPERVISOR.password,
  });
  assert.equal(user.status, 201, JSON.stringify(user.body));
}

/** The compressed size of a response: as sent when the server compressed it, else the gzip of its body. */
async function compressedSize(response) {
  if (response.headers()['content-encoding']) return (await response.request().sizes()).responseBodySize;
  return gzipSync(await response.body()).length;
}

test("the supervisor's phone loads /my-places within the JavaScript budget, and its shell works offline", async () => {
  await makeSupervisor();
  const { context, page, foreign, consoleErrors } = await open(PHONE);
  // Signed in through the API (the context's cookies), so the first page the phone loads is /my-places itself.
  const login = await context.request.post('/api/v1/auth/login', { data: SUPERVISOR });
  assert.equal(login.status(), 200, await login.text());

  const scripts = [];
  page.on('response', (r) => {
    if (/\.m?js$/.test(new URL(r.url()).pathname)) scripts.push(r);
  });
  await page.goto('/my-places');
  await expectHeading(page, 'Paikkani');
  // Usable: what waits for her and her places have been read (she has neither yet).
  await page.locator('#tasks').waitFor();
  await page.locator('#no-places').waitFor();
  await page.waitForLoadState('networkidle');

  assert.ok(scripts.length > 0, 'the network log has the JavaScript');
  const sizes = await Promise.all(
    scripts.map(async (r) => {
      assert.equal(r.status(), 200, r.url());
      assert.equal(r.fromServiceWorker(), false, 'the first load comes from the server');
      return { url: new URL(r.url()).pathname, encoded: Boolean(r.headers()['content-encoding']), bytes: await compressedSize(r) };
    }),
  );
  const kb = sizes.reduce((sum, s) => sum + s.bytes, 0) / 1024;
  console.log(`attendance screen JavaScript: ${kb.toFixed(1)} KB compressed (budget ${BUDGET_KB} KB)`);
  console.log(
    `  ${sizes.length} files${sizes.some((s) => s.encoded) ? '' : ' (the server sends them uncompressed: the gzip of each body)'}: ` +
      sizes
        .sort((a, b) => b.bytes - a.bytes)
        .map((s) => `${s.url.replace('/assets/', '')} ${(s.bytes / 1024).toFixed(1)}`)
        .join(', '),
  );
  assert.ok(kb <= BUDGET_KB, `/my-places needs ${kb.toFixed(1)} KB of compressed JavaScript, more than ${BUDGET_KB} KB`);
  // The split is real: no other feature's pages come along.
  const pages = sizes.map((s) => s.url).filter((u) => /Page-[\w-]+\.js$/.test(u));
  assert.deepEqual(pages.map((u) => u.replace(/^\/assets\/(\w+)-.*$/, '$1')), ['MyPlacesPage']);
  await assertAccessible(page, 'budget-01-my-places-phone');

  // The service worker installed on the first load (its precache filled) and controls the page after a reload.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  scripts.length = 0;
  await page.reload();
  await expectHeading(page, 'Paikkani');
  await page.locator('#no-places').waitFor();
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true, 'a service worker controls the page');
  assert.ok(scripts.length > 0 && scripts.every((r) => r.fromServiceWorker()), 'after the reload the code comes from the precache');

  // Nothing of /api/ sits in any cache.
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  assert.ok(cached.includes('/index.html'), `the shell is precached (${cached.length} entries)`);
  assert.deepEqual(cached.filter((u) => u.startsWith('/api/')), [], 'no API answer is cached');

  // Offline, a reload still gets the app (not the browser's offline page); the API is not answered from a cache.
  await context.setOffline(true);
  await page.reload();
  await page.locator('header .app-brand').waitFor();
  assert.match(await page.locator('header .app-brand').innerText(), /Polku/);
  await page.locator('main h1').waitFor();
  const api = await page.evaluate(() =>
    fetch('/api/v1/auth/me').then(
      (r) => `answered ${r.status}`,
      () => 'failed',
    ),
  );
  assert.equal(api, 'failed', 'offline, /api/ reaches no cache');
  await assertAccessible(page, 'budget-02-offline-shell-phone');
  await context.setOffline(false);

  assert.deepEqual(foreign, []);
  const online = consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e));
  assert.deepEqual(online, [], 'no errors while online');
});
