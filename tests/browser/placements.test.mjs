// Browser tests of the placement registry pages against the real backend (see server.mjs).
// Run: tests/browser/run.sh   (or: cd tests/browser && npm test)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, assertAccessible, choose, expectHeading, fiDate, saveMeanwhile, signIn, useServerAndBrowser } from './helpers.mjs';

const { open } = useServerAndBrowser();

test('a social instructor filters the registry, finds places for a client with reasons, schedules a visit and books', async () => {
  const { page, foreign, consoleErrors } = await open();
  await signIn(page, 'sanna');

  // The registry, filtered by municipality.
  await page.getByRole('link', { name: 'Työtoimintapaikat' }).first().click();
  await page.waitForURL('**/places');
  await expectHeading(page, 'Työtoimintapaikat');
  await page.locator('#place-table').waitFor();
  await assertAccessible(page, 'p01-place-registry');
  await page.locator('#filter-municipality').fill('Rantakylä');
  await page.locator('#apply-filters').click();
  await page.waitForURL(/municipality=Rantakyl/);
  await page.waitForFunction(() => /Rajauksilla löytyi/.test(document.querySelector('#place-count')?.textContent ?? ''));
  const rows = await page.locator('#place-table tbody tr').count();
  assert.ok(rows >= 1, 'the filter finds the recycling centre');
  assert.match(await page.locator('#place-table').innerText(), /Lajittelu ja myymälä/);
  await assertAccessible(page, 'p02-place-registry-filtered');

  // Opening hours the wrong way round: the server's message stands next to the field, the typed times stay.
  await page.locator('#filter-startTime').fill('14.00');
  await page.locator('#filter-endTime').fill('9.00');
  await page.locator('#apply-filters').click();
  await page.waitForFunction(() =>
    /alkamisen jälkeen/.test(document.querySelector('#filter-endTime-statusText')?.textContent ?? ''),
  );
  assert.equal(await page.locator('#filter-startTime').inputValue(), '14.00');
  await assertAccessible(page, 'p02b-place-registry-bad-hours');
  await page.locator('#filter-startTime').fill('9.00');
  await page.locator('#filter-endTime').fill('');
  await page.locator('#apply-filters').click();
  await page.waitForURL(/startTime=09%3A00|startTime=09:00/);
  await page.waitForFunction(() => /Rajauksilla löytyi/.test(document.querySelector('#place-count')?.textContent ?? ''));
  await page.waitForFunction(() => !document.querySelector('#filter-endTime-statusText')?.textContent);

  await page.getByRole('link', { name: 'Lajittelu ja myymälä' }).click();
  await expectHeading(page, 'Lajittelu ja myymälä');
  await page.locator('#place-details').waitFor();
  assert.match(await page.locator('#place-checklist').innerText(), /Työturvallisuus/);
  await assertAccessible(page, 'p03-place-page');

  // From the client page to the matching.
  await page.goto('/clients');
  await page.getByRole('link', { name: /Esimerkki, Matti/ }).click();
  await page.locator('#find-place-link').click();
  await page.waitForURL(/\/places\/match\?clientId=\d+/);
  await expectHeading(page, 'Etsi paikka asiakkaalle');
  await page.locator('#needs-form').waitFor();
  await assertAccessible(page, 'p04-match-needs');

  await page.locator('#needs-municipality').fill('Kotikylä');
  await page.locator('label[for="needs-interest-first"]').click();
  await page.locator('label[for="needs-weekday-mon"]').click();
  await page.locator('#run-match').click();
  await page.locator('#suggestion-count').waitFor();
  const cards = page.locator('.pl-suggestions article');
  assert.ok((await cards.count()) >= 1, 'there are suggestions');
  const first = cards.first();
  const reasons = await first.locator('.pl-reasons').innerText();
  assert.match(reasons, /Täyttyy/, 'the reasons say what is met');
  assert.match(await page.locator('#suggestions').innerText(), /Ei täyty|Täyttyy/);
  const firstName = (await first.locator('h3 a').innerText()).trim();
  assert.equal(firstName, 'Kiinteistö- ja pihanhoito', 'the yard place in Kotikylä ranks first');
  const placeId = (await first.getAttribute('id')).replace('suggestion-', '');
  await assertAccessible(page, 'p05-match-suggestions');

  // Introductory visit.
  await page.locator(`#open-visit-${placeId}`).click();
  await page.locator(`#visit-time-${placeId}`).fill('10.30');
  await page.locator(`#visit-who-${placeId}`).fill('Sanna Sosiaaliohjaaja');
  await assertAccessible(page, 'p06-visit-form');
  await page.locator(`#save-visit-${placeId}`).click();
  await page.locator(`#visit-saved-${placeId}`).waitFor();
  assert.match(await page.locator(`#visit-saved-${placeId}`).innerText(), /10\.30/);
  await page.waitForFunction(() => /Kiinteistö- ja pihanhoito .* klo 10\.30/.test(document.querySelector('#client-visits')?.textContent ?? ''));

  // Booking.
  await page.locator(`#open-book-${placeId}`).click();
  await page.locator(`#book-form-${placeId}`).waitFor();
  await page.locator(`#save-book-${placeId}`).click();
  await page.locator(`#booking-saved-${placeId}`).waitFor();
  await assertAccessible(page, 'p07-booked');

  // Client agreement from the booking, then the acknowledgements.
  await page.locator(`#draft-agreement-${placeId}`).click();
  await expectHeading(page, 'Uusi asiakassopimus');
  await page.locator('#client-agreement-form').waitFor();
  // It starts from what is known: the booking's start and the plan's days and hours.
  const clientId = new URL(page.url()).searchParams.get('clientId');
  const booked = (await apiCall(page, 'GET', `/api/v1/bookings?clientId=${clientId}`)).body.items.find(
    (b) => b.placeId === Number(placeId),
  );
  const [y, m, d] = booked.startDate.split('-').map(Number);
  assert.equal(await page.locator('#ca-startDate').inputValue(), `${d}.${m}.${y}`);
  const days = await page.locator('#ca-daysPerWeek').inputValue();
  assert.ok(Number(days) > 0, 'days a week come from the plan');
  await page.locator('#ca-responsiblePersons').fill('Sanna Sosiaaliohjaaja, Saara Laatinen');
  await assertAccessible(page, 'p07b-client-agreement-form');
  // A value beyond the decision is named before it is saved.
  await page.locator('#ca-daysPerWeek').fill('7');
  await page.locator('#save-client-agreement').click();
  await page.locator('#client-agreement-differences [data-field="daysPerWeek"]').waitFor();
  await assertAccessible(page, 'p07b2-client-agreement-differs');
  await page.locator('#ca-daysPerWeek').fill(days);
  await page.locator('#save-client-agreement').click();
  await page.locator('#client-agreement-saved').waitFor();
  // The client's acknowledgement names the client and how they agreed; without the way it is refused.
  await page.locator('#ack-name-client').fill('Matti Johannes Esimerkki');
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/acknowledgements') && r.status() === 422),
    page.locator('#ack-save-client').click(),
  ]);
  assert.equal(await page.locator('#ack-client').innerText().then((x) => /Kuitattu/.test(x)), false);
  await page.locator('#ack-method-phone').check({ force: true });
  await page.locator('#ack-save-client').click();
  await page.waitForFunction(() => /Kuitattu/.test(document.querySelector('#ack-client')?.textContent ?? ''));
  assert.match(await page.locator('#ack-client-recorded').innerText(), /Sanna Sosiaaliohjaaja \(puhelimitse\)/);
  await page.locator('#ack-save-purchaser').click();
  await page.waitForFunction(() => /Kuitattu/.test(document.querySelector('#ack-purchaser')?.textContent ?? ''));
  assert.match(await page.locator('#ack-client').innerText(), /Matti Johannes Esimerkki/);
  await assertAccessible(page, 'p07c-client-agreement');

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');
});

test('a full place is refused with a clear notice (409)', async () => {
  const { page } = await open();
  await signIn(page, 'sanna');
  await page.goto('/places/match');
  await page.locator('#match-client-search').fill('Kokeilu');
  await page.locator('#match-client-search').press('Enter');
  await page.getByRole('button', { name: /Kokeilu, Liisa/ }).click();
  await page.locator('#needs-form').waitFor();
  await page.locator('#needs-municipality').fill('Järvilaakso');
  await page.locator('label[for="needs-interest-pet_care"]').click();
  await page.locator('#run-match').click();
  await page.locator('#suggestion-count').waitFor();
  const card = page.locator('.pl-suggestions article').filter({ hasText: 'Lemmikkien hoito' });
  const placeId = (await card.getAttribute('id')).replace('suggestion-', '');
  // Capacity 2: the third booking over the same dates is refused.
  let full = false;
  for (let i = 0; i < 3 && !full; i++) {
    if (i > 0) {
      await page.reload();
      await page.locator('#needs-form').waitFor();
      await page.locator('#run-match').click();
      await page.locator('#suggestion-count').waitFor();
    }
    await page.locator(`#open-book-${placeId}`).click();
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/bookings'));
    await page.locator(`#save-book-${placeId}`).click();
    full = (await answer).status() === 409;
  }
  assert.ok(full, 'the backend refuses a booking over capacity');
  const notice = page.locator(`#place-full-${placeId}`);
  await notice.waitFor();
  assert.match(await notice.innerText(), /Paikka on täynnä/);
  await assertAccessible(page, 'p08-place-full');
});

test("a host's manager edits her place; a server error is shown next to the field and the input is kept", async () => {
  const { page, foreign } = await open();
  await signIn(page, 'hanna');
  await page.goto('/places');
  await page.locator('#place-table').waitFor();
  await page.getByRole('link', { name: 'Kiinteistö- ja pihanhoito' }).click();
  await page.locator('#edit-place').click();
  await expectHeading(page, 'Muokkaa työtoimintapaikkaa');
  await page.locator('#place-form').waitFor();
  await assertAccessible(page, 'p09-place-form');

  // A capacity over 100 is refused by the server; the message sits next to the field.
  await page.locator('#place-supervisorPhone').fill('044 555 0101');
  await page.locator('#place-capacity').fill('500');
  await page.locator('#save-place').click();
  const status = page.locator('#place-capacity-statusText');
  await status.waitFor();
  assert.ok((await status.innerText()).trim().length > 0, 'the server message is next to the capacity field');
  assert.equal(await page.locator('#place-supervisorPhone').inputValue(), '044 555 0101', 'the input is kept');
  await assertAccessible(page, 'p10-place-form-error');

  await page.locator('#place-capacity').fill('4');
  await page.locator('#save-place').click();
  await page.locator('#place-saved').waitFor();
  assert.equal((await page.locator('#place-capacity-value').innerText()).trim(), '4');
  assert.match(await page.locator('#place-details').innerText(), /Pihatyöt/);
  await assertAccessible(page, 'p11-place-saved');

  // Someone else saves meanwhile: 409, the typed values stay, "keep mine" saves over it.
  const placeId = page.url().match(/places\/(\d+)/)[1];
  await page.locator('#edit-place').click();
  await page.locator('#place-form').waitFor();
  const status409 = await saveMeanwhile(page, `/api/v1/places/${placeId}`, { whatToBring: 'Omat eväät ja turvakengät' });
  assert.equal(status409, 200, 'the other save succeeds');
  await page.locator('#place-supervisorPhone').fill('044 555 0202');
  await page.locator('#save-place').click();
  await page.locator('#conflict-notice').waitFor();
  assert.equal(await page.locator('#place-supervisorPhone').inputValue(), '044 555 0202');
  await assertAccessible(page, 'p11b-place-conflict');
  await page.locator('#keep-mine').click();
  await page.locator('#conflict-notice').waitFor({ state: 'detached' });
  await page.locator('#save-place').click();
  await page.locator('#place-saved').waitFor();
  assert.match(await page.locator('main').innerText(), /044 555 0202/);

  // Swedish.
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await page.goto('/places');
  await expectHeading(page, 'Platser för arbetsverksamhet');
  await page.locator('#place-table').waitFor();
  await assertAccessible(page, 'p11c-places-sv');
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomeksi/ }).click();

  // Agreements, "ending within 60 days" highlighted.
  await page.goto('/agreements');
  await expectHeading(page, 'Sopimukset');
  await page.locator('#agreement-table').waitFor();
  await assertAccessible(page, 'p12-agreements');
  await page.locator('#agreement-table a').first().click();
  await page.locator('#agreement-details').waitFor();
  await assertAccessible(page, 'p13-agreement');
  assert.deepEqual(foreign, []);
});

test("the county's manager sees the agreements, the one ending within 60 days highlighted", async () => {
  const { page } = await open();
  await signIn(page, 'mikko');
  await page.getByRole('link', { name: 'Sopimukset' }).first().click();
  await expectHeading(page, 'Sopimukset');
  await page.locator('#agreement-table').waitFor();
  await page.waitForFunction(() => /1 päättyy 60 päivän sisällä/.test(document.querySelector('#agreement-count')?.textContent ?? ''));
  const firstRow = page.locator('#agreement-table tbody tr').first();
  assert.match(await firstRow.innerText(), /Rantakylän kierrätyskeskus[\s\S]*Päättyy 60 päivän sisällä/);
  await assertAccessible(page, 'p14-agreements-ending');
  await firstRow.locator('a').click();
  await page.locator('#agreement-places').waitFor();
  assert.match(await page.locator('#agreement-places').innerText(), /Lajittelu ja myymälä/);
  assert.match(await page.locator('#agreement-details').innerText(), /Päättyy 60 päivän sisällä/);
  await assertAccessible(page, 'p15-agreement-ending');
});

test("a social instructor finds and books a place for the client's case: the service type is the case's and the booking is tied to it", async () => {
  const { page, consoleErrors } = await open();
  await signIn(page, 'sanna');

  // Erik's KTT case is at the start stage: its page offers the way to the matching.
  await page.goto('/clients');
  await page.getByRole('link', { name: /Testström, Erik/ }).click();
  await page.locator('#case-table').waitFor();
  await page.locator('#case-table').getByRole('link', { name: 'Kuntouttava työtoiminta' }).click();
  await page.waitForURL(/\/cases\/\d+$/);
  const caseId = Number(page.url().replace(/.*\/cases\//, ''));
  const theCase = await (await page.request.get(`/api/v1/cases/${caseId}`)).json();
  assert.equal(theCase.stage, 'start');
  assert.ok(theCase.plan?.startDate, 'the demo plan has a start date');
  await page.locator('#find-place-for-case').click();
  await page.waitForURL(new RegExp(`/places/match\\?clientId=${theCase.clientId}&caseId=${caseId}$`));
  await expectHeading(page, 'Etsi paikka asiakkaalle');
  await page.locator('#needs-form').waitFor();

  // The case fixes the service type and its plan gives the start date.
  assert.match(await page.locator('#match-client').innerText(), /Asiakkaan Erik Testström asiakkuus: Kuntouttava työtoiminta/);
  assert.equal(await page.locator('#match-case-link').getAttribute('href'), `/cases/${caseId}`);
  assert.match(await page.locator('#needs-serviceType-fixed').innerText(), /Kuntouttava työtoiminta/);
  assert.equal(await page.locator('#needs-serviceType').count(), 0, 'the service type cannot be changed');
  // The plan's start date when it is still ahead, else today (the demo plans started a month ago).
  const [y, m, d] = theCase.plan.startDate.split('-').map(Number);
  const planStart = new Date(Date.UTC(y, m - 1, d));
  const startText = planStart.getTime() >= Date.now() - 86_400_000 ? `${d}.${m}.${y}` : fiDate();
  assert.equal(await page.locator('#needs-startDate').inputValue(), startText);
  await assertAccessible(page, 'p09-match-for-case');

  await page.locator('#run-match').click();
  await page.locator('#suggestion-count').waitFor();
  const card = page.locator('.pl-suggestions article').first();
  const placeId = (await card.getAttribute('id')).replace('suggestion-', '');
  await page.locator(`#open-book-${placeId}`).click();
  assert.equal(await page.locator(`#book-start-${placeId}`).inputValue(), startText);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/bookings') && r.request().method() === 'POST');
  await page.locator(`#save-book-${placeId}`).click();
  const created = await answer;
  assert.equal(created.status(), 201, 'the place has room');
  const booking = await created.json();
  assert.equal(booking.caseId, caseId);
  await page.locator(`#booking-saved-${placeId}`).waitFor();
  assert.equal(await page.locator(`#booked-case-${placeId}`).getAttribute('href'), `/cases/${caseId}`);
  assert.ok(await page.locator(`#draft-agreement-${placeId}`).isVisible());
  await assertAccessible(page, 'p10-booked-for-case');

  // The API and the client page tie the booking to the case.
  const list = await (await page.request.get(`/api/v1/bookings?clientId=${theCase.clientId}`)).json();
  assert.equal(list.items.find((b) => b.id === booking.id)?.caseId, caseId);
  await page.goto(`/clients/${theCase.clientId}`);
  const tied = page.locator(`#booking-case-${booking.id}`);
  await tied.waitFor();
  assert.match(await tied.innerText(), /Kuntouttava työtoiminta/);
  assert.equal(await tied.locator('a').getAttribute('href'), `/cases/${caseId}`);
  await assertAccessible(page, 'p11-client-booking-case');

  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');
});

test('without a case in the address: a choice among several open cases, and a client without a case is told the booking is not tied to one', async () => {
  const { page } = await open();
  await signIn(page, 'sanna');

  // Ahmed has no case: the service type stays free and the page says so.
  await page.goto('/clients');
  await page.getByRole('link', { name: /Esimerkkinen, Ahmed/ }).click();
  await page.locator('#find-place-link').click();
  await page.waitForURL(/\/places\/match\?clientId=\d+$/);
  await page.locator('#match-no-case').waitFor();
  assert.match(await page.locator('#match-no-case').innerText(), /ei liity mihinkään asiakkuuteen/);
  assert.equal(await page.locator('#needs-serviceType_button').count(), 1, 'the service type is chosen freely');

  // Liisa gets a second open case: the worker chooses the case first.
  await page.goto('/clients');
  await page.getByRole('link', { name: /Kokeilu, Liisa/ }).click();
  await page.locator('#new-case').click();
  await choose(page, 'new-case-type', 'Kuntouttava työtoiminta');
  await page.locator('#create-case').click();
  await page.waitForURL(/\/cases\/\d+$/);
  const caseId = Number(page.url().replace(/.*\/cases\//, ''));
  await page.locator('#back-to-client').click();
  await page.locator('#find-place-link').click();
  await page.locator('#pick-case-form').waitFor();
  await assertAccessible(page, 'p12-match-pick-case');
  await page.locator(`label[for="pick-case-${caseId}"]`).click();
  await page.locator('#use-case').click();
  await page.waitForURL(new RegExp(`caseId=${caseId}$`));
  await page.locator('#needs-form').waitFor();
  assert.match(await page.locator('#needs-serviceType-fixed').innerText(), /Kuntouttava työtoiminta/);
  assert.equal(await page.locator('#back-to-case').getAttribute('href'), `/cases/${caseId}`);
});
