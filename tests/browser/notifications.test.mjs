// The notifications' bell and page: the bell in the header says how many are unread (its accessible name) and
// leads to /notifications, which is checked with axe-core in Finnish and in Swedish (artifacts/notifications-*.png).
// Nothing makes a notification yet but the attendance of a later issue, so the page is shown empty here; the
// full flow (an absence marked, the bell counting it, opening it marks it read) comes with attendance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, assertAccessible, chooseLanguage, expectHeading, signIn, useServerAndBrowser } from './helpers.mjs';

const session = useServerAndBrowser();

test('the bell leads to the notifications page, accessible in Finnish and in Swedish', async () => {
  const { page } = await session.open();
  await signIn(page, 'sanna');
  const list = await apiCall(page, 'GET', '/api/v1/notifications');
  assert.equal(list.status, 200);
  assert.deepEqual(list.body, { items: [], unreadCount: 0 });

  const bell = page.locator('#notification-bell');
  await bell.waitFor();
  assert.equal(await bell.getAttribute('aria-label'), 'Ilmoitukset, ei lukemattomia');
  await bell.click();
  await page.waitForURL('**/notifications');
  await expectHeading(page, 'Ilmoitukset');
  await page.locator('#notifications-empty').waitFor();
  assert.equal(await page.locator('#notifications-empty').innerText(), 'Sinulle ei ole ilmoituksia.');
  assert.equal(await page.locator('#mark-all-read').isDisabled(), true);
  await assertAccessible(page, 'notifications-fi');

  await chooseLanguage(page, /På svenska/, 'sv');
  await expectHeading(page, 'Meddelanden');
  assert.equal(await bell.getAttribute('aria-label'), 'Meddelanden, inga olästa');
  assert.equal(await page.locator('#notifications-empty').innerText(), 'Du har inga meddelanden.');
  await assertAccessible(page, 'notifications-sv');
});

test('marking all read with nothing unread changes nothing', async () => {
  const { page } = await session.open();
  await signIn(page, 'sanna');
  const marked = await apiCall(page, 'POST', '/api/v1/notifications/read-all', {});
  assert.equal(marked.status, 200);
  assert.equal(marked.body.marked, 0);
});
