// Shared steps of the browser tests: sign-in, headings, axe-core with a screenshot.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { axe, describeViolations, launch, newPage, screenshot } from './browser.mjs';

export const PASSWORD = 'polku-demo-2026';

/**
 * Starts the real backend and Chromium once for a test file and stops them after it.
 * Returns `open(options)`, which gives a fresh page (own cookies) on that server; `options` go to newPage (e.g. a phone).
 */
export function useServerAndBrowser() {
  let server;
  let browser;
  const opened = [];
  before(async () => {
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    for (const c of opened) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });
  return {
    /** `options` go to Playwright's newContext, e.g. a phone's viewport (see newPage). */
    async open(options) {
      const s = await newPage(browser, server.baseUrl, options);
      opened.push(s.context);
      return s;
    },
    get server() {
      return server;
    },
  };
}

export async function assertAccessible(page, name) {
  await screenshot(page, name);
  // A full-page screenshot resizes the viewport; Chromium then moves the scroll position on the
  // next blur, which can turn a click into a miss. Start from the top again.
  await page.evaluate(() => window.scrollTo(0, 0));
  const violations = await axe(page);
  assert.equal(violations.length, 0, `axe-core found WCAG violations on ${name}:\n${describeViolations(violations)}`);
}

export async function signIn(page, username) {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#sign-in').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function signOut(page) {
  await page.locator('#sign-out').click();
  await page.waitForURL('**/login');
}

/** Waits until the page's h1 reads `text` (the app renders after the URL changes). */
export async function expectHeading(page, text) {
  try {
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent?.trim() === t, text, { timeout: 10_000 });
  } catch {
    const h = await page.locator('h1').first().innerText().catch(() => '(no h1)');
    assert.equal(h.trim(), text);
  }
}

/** Chooses an option of a suomifi Dropdown by its id and the option's visible text. */
export async function choose(page, id, optionText) {
  await page.locator(`#${id}_button`).click();
  await page.getByRole('option', { name: optionText, exact: true }).click();
}

/** Today in Helsinki as d.M.yyyy, and a date `days` later. */
export function fiDate(days = 0) {
  const d = new Date(Date.now() + days * 86_400_000);
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${Number(p.day)}.${Number(p.month)}.${p.year}`;
}

/**
 * Calls the API from inside the page as its signed-in user (the session cookie and the CSRF token from
 * /auth/me), as another tab would. Returns the status and the JSON body (null when there is none).
 */
export async function apiCall(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const r = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      return { status: r.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/**
 * Saves the record at the API path as another user would, with the fields of `change` replaced; a form opened
 * before this then holds a stale version. Returns the HTTP status.
 */
export async function saveMeanwhile(page, apiPath, change) {
  const current = await apiCall(page, 'GET', apiPath);
  return (await apiCall(page, 'PUT', apiPath, { ...current.body, ...change })).status;
}

/** Switches the UI's language through the header's menu, in place (no reload: the page keeps its state and #hash). */
export async function chooseLanguage(page, item, lang) {
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: item }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/**
 * axe-core and a screenshot in Finnish; then in Swedish, after `sv` (if given) has checked the Swedish texts; then
 * back to Finnish.
 */
export async function accessibleInFiAndSv(page, name, sv) {
  await assertAccessible(page, `${name}-fi`);
  await chooseLanguage(page, /På svenska/, 'sv');
  if (sv) await sv();
  await assertAccessible(page, `${name}-sv`);
  await chooseLanguage(page, /Suomeksi/, 'fi');
}
