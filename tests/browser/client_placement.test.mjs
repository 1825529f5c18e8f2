// Browser tests of the client page's placement section, continuation agreements,
// free places in the registry and the supervisor choice in the place form.
// Run: tests/browser/run.sh   (or: node --test ./client_placement.test.mjs)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, assertAccessible, choose, expectHeading, fiDate, signIn, useServerAndBrowser } from './helpers.mjs';

const { open } = useServerAndBrowser();

/** d.M.yyyy (fiDate) → YYYY-MM-DD for the API. */
function isoDate(days) {
  const [d, m, y] = fiDate(days).split('.');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const apiPost = (page, path, body) => apiCall(page, 'POST', path, body);
/** As the signed-in user would from another tab: a form opened before holds a stale version. */
const apiPut = (page, path, body) => apiCall(page, 'PUT', path, body);

test("a social instructor records a visit's outcome, ends a booking and makes a continuation agreement", async () => {
  const { page, foreign, consoleErrors } = await open();
  await signIn(page, 'sanna');
  await page.goto('/clients');
  await page.getByRole('link', { name: /Testström, Erik/ }).click();
  await page.waitForURL(/\/clients\/\d+$/);
  const clientId = Number(page.url().match(/clients\/(\d+)/)[1]);

  // The visit, the booking and the agreement made earlier in the match flow (placements.test.mjs covers that UI).
  const places = await page.evaluate(async () => (await (await fetch('/api/v1/places')).json()).items);
  const yard = places.find((p) => p.name === 'Kiinteistö- ja pihanhoito');
  assert.equal(yard.freeToday, yard.capacity, 'no one holds the yard place yet');
  const visit = await apiPost(page, '/api/v1/introductory-visits', {
    placeId: yard.id, clientId, visitDate: isoDate(2), visitTime: '10:30', accompaniedBy: 'Sanna Sosiaaliohjaaja',
  });
  assert.equal(visit.status, 201, JSON.stringify(visit.body));
  const booking = await apiPost(page, '/api/v1/bookings', { placeId: yard.id, clientId, startDate: isoDate(0) });
  assert.equal(booking.status, 201, JSON.stringify(booking.body));
  const agreement = await apiPost(page, '/api/v1/client-agreements', {
    clientId, placeId: yard.id, startDate: isoDate(0), endDate: isoDate(89), daysPerWeek: 3, hoursPerDay: 5,
    tasks: 'Pihatyöt', responsiblePersons: 'Sanna Sosiaaliohjaaja, Saara Laatinen',
  });
  assert.equal(agreement.status, 201, JSON.stringify(agreement.body));

  await page.reload();
  await page.locator('#client-placement-section').waitFor();
  await page.locator(`#visit-${visit.body.id}`).waitFor();
  await page.locator(`#booking-${booking.body.id}`).waitFor();
  await page.waitForFunction(() =>
    /Kiinteistö- ja pihanhoito/.test(document.querySelector('#client-booking-list')?.textContent ?? ''),
  );
  const section = await page.locator('#client-placement-section').innerText();
  assert.match(section, /Työtoimintapaikka/);
  assert.match(section, /Kiinteistö- ja pihanhoito .* klo 10\.30/);
  assert.match(section, /toistaiseksi/, 'the open-ended booking says so');
  await assertAccessible(page, 'cp01-client-placement');

  // The visit's outcome with notes.
  const v = visit.body.id;
  await page.locator(`#record-outcome-${v}`).click();
  await page.locator(`label[for="outcome-${v}-suitable"]`).click();
  await page.locator(`#outcome-notes-${v}`).fill('Pihatyöt kiinnostivat, aloitus sovittu.');
  await assertAccessible(page, 'cp02-visit-outcome-form');
  await page.locator(`#save-outcome-${v}`).click();
  await page.locator(`#outcome-saved-${v}`).waitFor();
  await page.waitForFunction((id) => document.querySelector(`#visit-outcome-${id}`)?.textContent === 'sopiva', v);
  assert.match(await page.locator(`#visit-notes-${v}`).innerText(), /aloitus sovittu/);

  // The booking ends after a month; a date before its start is refused next to the field.
  const b = booking.body.id;
  await page.locator(`#end-booking-${b}`).click();
  await page.locator(`#booking-end-date-${b}`).fill(fiDate(-5));
  await page.locator(`#save-end-${b}`).click();
  await page.locator(`#booking-end-date-${b}-statusText`).waitFor();
  assert.equal(await page.locator(`#booking-end-date-${b}`).inputValue(), fiDate(-5), 'the input is kept');
  await assertAccessible(page, 'cp03-booking-end-refused');
  await page.locator(`#booking-end-date-${b}`).fill(fiDate(30));
  await page.locator(`#save-end-${b}`).click();
  await page.locator(`#booking-ended-${b}`).waitFor();
  await page.waitForFunction(
    ({ id, end }) => document.querySelector(`#booking-${id} h4`)?.textContent?.includes(end),
    { id: b, end: fiDate(30) },
  );
  await assertAccessible(page, 'cp04-booking-ended');

  // The continuation agreement, prefilled from the agreement; the days grow from 3 to 4.
  await page.locator(`#client-agreement-link-${agreement.body.id}`).click();
  await expectHeading(page, 'Asiakassopimus');
  // The page names the client (read from the client, which the agreement itself does not name).
  await page.waitForFunction(() => /Erik Testström/.test(document.getElementById('client-agreement-client')?.textContent ?? ''));
  await page.locator('#open-continuation').click();
  await page.locator('#continuation-form').waitFor();
  assert.equal((await page.locator('#continuation-start').innerText()).trim(), fiDate(90));
  assert.equal(await page.locator('#continuation-daysPerWeek').inputValue(), '3');
  assert.equal(await page.locator('#continuation-tasks').inputValue(), 'Pihatyöt');
  await page.locator('#continuation-daysPerWeek').fill('9');
  await page.locator('#save-continuation').click();
  await page.locator('#continuation-daysPerWeek-statusText').waitFor();
  await assertAccessible(page, 'cp05-continuation-refused');
  await page.locator('#continuation-daysPerWeek').fill('4');
  await page.locator('#continuation-tasks').fill('Pihatyöt ja lumityöt');
  await page.locator('#save-continuation').click();
  await page.locator('#client-agreement-saved').waitFor();
  const details = await page.locator('#client-agreement-details').innerText();
  assert.match(details, new RegExp(`${fiDate(90).replace(/\./g, '\\.')}`));
  assert.match(details, /4 päivää viikossa/);
  assert.match(details, /lumityöt/);
  await assertAccessible(page, 'cp06-continuation');

  // Linked both ways.
  await page.locator('#previous-agreement-link').click();
  await page.locator('#next-agreement-link').waitFor();
  assert.equal(await page.locator('#open-continuation').count(), 0, 'an agreement is continued once');
  await page.goto(`/clients/${clientId}`);
  await page.locator('#client-agreement-list').waitFor();
  assert.match(await page.locator('#client-agreement-list').innerText(), /jatkosopimus/);

  // The registry shows the place the client holds today.
  await page.goto('/places');
  await page.locator('#place-table').waitFor();
  const row = page.locator('#place-table tbody tr').filter({ hasText: 'Kiinteistö- ja pihanhoito' });
  assert.match(await row.innerText(), new RegExp(`${yard.capacity - 1} / ${yard.capacity} vapaana`));
  await assertAccessible(page, 'cp07-places-free');

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');

  // The host's manager reads the agreement but not the client's page: the agreement names whom it is for,
  // there is no link to the client, and no error.
  const host = await open();
  await signIn(host.page, 'hanna');
  await host.page.goto(`/client-agreements/${agreement.body.id}`);
  await expectHeading(host.page, 'Asiakassopimus');
  await host.page.locator('#client-agreement-details').waitFor();
  await host.page.waitForLoadState('networkidle');
  assert.match(await host.page.locator('#client-agreement-client').innerText(), /Erik Testström/);
  assert.equal(await host.page.locator('a[href^="/clients/"]').count(), 0, 'no link to a page she may not open');
  assert.equal(await host.page.locator('.fi-notification--error, [id$="-error"]').count(), 0, 'and no error either');
  // She prints it, in Finnish and in Swedish: the PDF after the agreement's structure.
  for (const [link, lang] of [['#client-agreement-pdf', 'fi'], ['#client-agreement-pdf-other', 'sv']]) {
    const href = await host.page.locator(link).getAttribute('href');
    assert.equal(href, `/api/v1/client-agreements/${agreement.body.id}/pdf?lang=${lang}`);
    const pdf = await host.page.request.get(href);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');
  }
  assert.match(await host.page.locator('#client-agreement-pdf-other').innerText(), /Klientavtalet på svenska/);
});

test("a visit's outcome and a booking's end changed meanwhile keep what was typed and offer keep mine / use saved", async () => {
  const { page, consoleErrors } = await open();
  await signIn(page, 'sanna');
  await page.goto('/clients');
  await page.getByRole('link', { name: /Testström, Erik/ }).click();
  await page.waitForURL(/\/clients\/\d+$/);
  const clientId = Number(page.url().match(/clients\/(\d+)/)[1]);
  const places = await page.evaluate(async () => (await (await fetch('/api/v1/places')).json()).items);
  const place = places.find((p) => p.name === 'Nuorisotyö kerhotiloissa');
  assert.ok(place?.freeToday > 0, 'the youth place has room');
  const visit = await apiPost(page, '/api/v1/introductory-visits', {
    placeId: place.id, clientId, visitDate: isoDate(3), visitTime: '09:00', accompaniedBy: 'Sanna Sosiaaliohjaaja',
  });
  assert.equal(visit.status, 201, JSON.stringify(visit.body));
  const booking = await apiPost(page, '/api/v1/bookings', { placeId: place.id, clientId, startDate: isoDate(0) });
  assert.equal(booking.status, 201, JSON.stringify(booking.body));
  await page.reload();
  const v = visit.body.id;
  const b = booking.body.id;
  await page.locator(`#visit-${v}`).waitFor();
  await page.locator(`#booking-${b}`).waitFor();

  // The outcome: someone records another outcome after the form was opened.
  await page.locator(`#record-outcome-${v}`).click();
  await page.locator(`label[for="outcome-${v}-suitable"]`).click();
  await page.locator(`#outcome-notes-${v}`).fill('Oma arvio: sopii hyvin.');
  let other = await apiPut(page, `/api/v1/introductory-visits/${v}/outcome`, {
    outcome: 'not_suitable', outcomeNotes: 'Toisen kirjaama.', version: visit.body.version,
  });
  assert.equal(other.status, 200, JSON.stringify(other.body));
  await page.locator(`#save-outcome-${v}`).click();
  const notice = page.locator('#conflict-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Joku muu tallensi tiedot sillä välin/);
  assert.match(await page.locator('#keep-mine').innerText(), /Säilytä muutokseni/);
  assert.equal(await page.locator(`#outcome-notes-${v}`).inputValue(), 'Oma arvio: sopii hyvin.', 'the typed notes stay');
  assert.equal(await page.locator(`#outcome-${v}-suitable`).isChecked(), true, 'the chosen outcome stays');
  await assertAccessible(page, 'cp10-visit-outcome-conflict');
  // "Use saved" shows what the other recorded.
  await page.locator('#use-saved').click();
  await notice.waitFor({ state: 'detached' });
  await page.waitForFunction((id) => document.querySelector(`#outcome-notes-${id}`)?.value === 'Toisen kirjaama.', v);
  assert.equal(await page.locator(`#outcome-${v}-not_suitable`).isChecked(), true);
  await page.waitForFunction((id) => document.querySelector(`#visit-outcome-${id}`)?.textContent === 'ei sopiva', v);
  // Typed again, changed again meanwhile: "keep mine" takes the saved version and the save goes through.
  await page.locator(`label[for="outcome-${v}-suitable"]`).click();
  await page.locator(`#outcome-notes-${v}`).fill('Oma arvio: sopii hyvin.');
  other = await apiPut(page, `/api/v1/introductory-visits/${v}/outcome`, {
    outcome: 'cancelled', outcomeNotes: 'Toisen toinen kirjaus.', version: other.body.version,
  });
  assert.equal(other.status, 200, JSON.stringify(other.body));
  await page.locator(`#save-outcome-${v}`).click();
  await notice.waitFor();
  await page.locator('#keep-mine').click();
  await notice.waitFor({ state: 'detached' });
  assert.equal(await page.locator(`#outcome-notes-${v}`).inputValue(), 'Oma arvio: sopii hyvin.', 'keep mine keeps the notes');
  assert.equal(await page.locator(`#outcome-${v}-suitable`).isChecked(), true, 'keep mine keeps the outcome');
  await page.locator(`#save-outcome-${v}`).click();
  await page.locator(`#outcome-saved-${v}`).waitFor();
  await page.waitForFunction((id) => document.querySelector(`#visit-outcome-${id}`)?.textContent === 'sopiva', v);
  assert.match(await page.locator(`#visit-notes-${v}`).innerText(), /Oma arvio: sopii hyvin\./);

  // The booking's end: someone gives it another end after the form was opened.
  await page.locator(`#end-booking-${b}`).click();
  await page.locator(`#booking-end-date-${b}`).fill(fiDate(20));
  other = await apiPut(page, `/api/v1/bookings/${b}/end`, { endDate: isoDate(40), version: booking.body.version });
  assert.equal(other.status, 200, JSON.stringify(other.body));
  await page.locator(`#save-end-${b}`).click();
  await notice.waitFor();
  assert.match(await notice.innerText(), /Joku muu tallensi tiedot sillä välin/);
  assert.equal(await page.locator(`#booking-end-date-${b}`).inputValue(), fiDate(20), 'the typed date stays');
  assert.equal(await page.locator(`#booking-ended-${b}`).count(), 0, 'nothing was saved');
  await assertAccessible(page, 'cp11-booking-end-conflict');

  // The same state in Swedish: the notice changes language, the typed date stays.
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.match(await notice.innerText(), /Någon annan sparade uppgifterna under tiden/);
  assert.match(await page.locator('#keep-mine').innerText(), /Behåll mina ändringar/);
  assert.match(await page.locator('#use-saved').innerText(), /Förkasta mina ändringar/);
  assert.equal(await page.locator(`#booking-end-date-${b}`).inputValue(), fiDate(20), 'the typed date stays');
  await assertAccessible(page, 'cp12-booking-end-conflict-sv');
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomeksi/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');

  // "Keep mine" takes the saved version and keeps the typed date; saving again ends the booking on that date.
  await page.locator('#keep-mine').click();
  await notice.waitFor({ state: 'detached' });
  assert.equal(await page.locator(`#booking-end-date-${b}`).inputValue(), fiDate(20), 'keep mine keeps the date');
  await page.waitForFunction(
    ({ id, end }) => document.querySelector(`#booking-${id} h4`)?.textContent?.includes(end),
    { id: b, end: fiDate(40) },
  );
  await page.locator(`#save-end-${b}`).click();
  await page.locator(`#booking-ended-${b}`).waitFor();
  assert.match(await page.locator(`#booking-ended-${b}`).innerText(), new RegExp(fiDate(20).replace(/\./g, '\\.')));
  await page.waitForFunction(
    ({ id, end }) => document.querySelector(`#booking-${id} h4`)?.textContent?.includes(end),
    { id: b, end: fiDate(20) },
  );
  const saved = await page.evaluate(
    async ({ clientId, id }) =>
      (await (await fetch(`/api/v1/bookings?clientId=${clientId}`)).json()).items.find((x) => x.id === id),
    { clientId, id: b },
  );
  assert.equal(saved.endDate, isoDate(20));
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');
});

test("a company host's manager names the supervisor from the host's placement supervisors", async () => {
  const { page, foreign } = await open();
  await signIn(page, 'kalle');
  await page.goto('/places');
  await page.locator('#place-table').waitFor();
  assert.match(await page.locator('#place-table').innerText(), /Konepajan työvalmennus[\s\S]*2 \/ 2 vapaana/);
  await page.getByRole('link', { name: 'Konepajan työvalmennus' }).click();
  await page.locator('#edit-place').click();
  await expectHeading(page, 'Muokkaa työtoimintapaikkaa');
  await page.locator('#place-form').waitFor();
  await page.locator('#place-supervisorUserId_button').waitFor();
  await choose(page, 'place-supervisorUserId', 'Pekka Pajaohjaaja');
  assert.equal(await page.locator('#place-supervisorName').inputValue(), 'Pekka Pajaohjaaja', 'the name follows the choice');
  await page.locator('#place-supervisorPhone').fill('040 123 4567');
  await assertAccessible(page, 'cp08-place-supervisor-choice');
  await page.locator('#save-place').click();
  await page.locator('#place-saved').waitFor();
  assert.match(await page.locator('main').innerText(), /Pekka Pajaohjaaja, 040 123 4567/);
  assert.match(await page.locator('#place-free').innerText(), /2 \/ 2 vapaana/);
  await assertAccessible(page, 'cp09-place-with-supervisor');

  // Opened again, the form shows the chosen supervisor.
  await page.locator('#edit-place').click();
  await page.locator('#place-form').waitFor();
  assert.match(await page.locator('#place-supervisorUserId_button').innerText(), /Pekka Pajaohjaaja/);
  assert.deepEqual(foreign, []);
});
