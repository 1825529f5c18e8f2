// Browser tests of what every form shares: asking before unsaved changes are left, drafts of long forms, the focus
// on a refused save, server messages after a language switch and the date picker's language.
// Run: tests/browser/run.sh   (or: node --test --test-concurrency=1 ./forms.test.mjs)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, assertAccessible, expectHeading, fiDate, signIn, useServerAndBrowser } from './helpers.mjs';

const { open } = useServerAndBrowser();

const TYPED = { firstNames: 'Luonnos', lastName: 'Kesken', phone: '040 765 4321' };
const SV_MONTHS = ['Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni', 'Juli', 'Augusti', 'September', 'Oktober', 'November', 'December'];
const FI_MONTHS = ['Tammikuu', 'Helmikuu', 'Maaliskuu', 'Huhtikuu', 'Toukokuu', 'Kesäkuu', 'Heinäkuu', 'Elokuu', 'Syyskuu', 'Lokakuu', 'Marraskuu', 'Joulukuu'];

async function typeClient(page) {
  await page.locator('#client-firstNames').fill(TYPED.firstNames);
  await page.locator('#client-lastName').fill(TYPED.lastName);
  await page.locator('#client-phone').fill(TYPED.phone);
}

async function typedValues(page) {
  return {
    firstNames: await page.locator('#client-firstNames').inputValue(),
    lastName: await page.locator('#client-lastName').inputValue(),
    phone: await page.locator('#client-phone').inputValue(),
  };
}

const draftKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('polku.draft.')));
// A draft is written after the render that the typing causes, so the count is awaited, not read once.
const expectDrafts = async (page, count, message) => {
  await page
    .waitForFunction(
      (n) => Object.keys(localStorage).filter((k) => k.startsWith('polku.draft.')).length === n,
      count,
      { timeout: 5000 },
    )
    .catch(() => {});
  assert.equal((await draftKeys(page)).length, count, message);
};

async function switchLanguage(page, name) {
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name }).click();
}

/** A valid henkilötunnus of someone born on 1.1.1970 with the individual number n (2–899). */
function hetu(n) {
  const num = `010170${String(n).padStart(3, '0')}`;
  return `010170-${String(n).padStart(3, '0')}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(num) % 31]}`;
}

/** A new client with a new case of rehabilitative work activity, made through the API as the signed-in user. */
async function newCase(page, n, lastName) {
  const client = await apiCall(page, 'POST', '/api/v1/clients', {
    firstNames: 'Testi', lastName, personalIdentityCode: hetu(n), phone: '', email: '', streetAddress: '', postalCode: '',
    postOffice: '', municipality: 'Järvilaakso', preferredLanguage: 'fi', needsPlainLanguage: false,
    representativeKind: '', representativeName: '', representativePhone: '', ownWorkerId: null,
  });
  assert.equal(client.status, 201, JSON.stringify(client.body));
  const c = await apiCall(page, 'POST', '/api/v1/cases', { clientId: client.body.id, serviceType: 'ktt' });
  assert.equal(c.status, 201, JSON.stringify(c.body));
  return c.body;
}

/** Sets a mark on the window: it is gone after a reload. */
const markWindow = (page) => page.evaluate(() => (window.__notReloaded = true));
const stillSameWindow = (page) => page.evaluate(() => window.__notReloaded === true);

test('leaving a half-filled client form asks first: staying keeps the text, leaving discards it', async () => {
  const { page, consoleErrors } = await open();
  await signIn(page, 'sanna');
  await page.waitForURL('**/my-work');
  await page.getByRole('link', { name: 'Asiakkaat', exact: true }).click();
  await page.locator('#new-client').click();
  await page.waitForURL('**/clients/new');
  await typeClient(page);

  // A menu link asks; the page stays until the user answers.
  await page.getByRole('navigation').first().getByRole('link', { name: /^Oma työ/ }).click();
  await page.locator('#leave-dialog-title').waitFor();
  assert.equal(
    (await page.locator('#leave-dialog-title').innerText()).trim(),
    'Sinulla on tallentamattomia muutoksia. Poistutaanko?',
  );
  assert.ok(page.url().endsWith('/clients/new'));
  await assertAccessible(page, 'forms-01-leave-dialog');
  await page.locator('#leave-stay').click();
  await page.locator('#leave-dialog-title').waitFor({ state: 'detached' });
  assert.ok(page.url().endsWith('/clients/new'));
  assert.deepEqual(await typedValues(page), TYPED, 'staying keeps what was typed');

  // Back asks too.
  await page.goBack();
  await page.locator('#leave-dialog-title').waitFor();
  await page.locator('#leave-stay').click();
  await page.locator('#leave-dialog-title').waitFor({ state: 'detached' });
  assert.ok(page.url().endsWith('/clients/new'), 'staying after Back keeps the form');
  assert.deepEqual(await typedValues(page), TYPED);

  // Leaving without saving discards the draft as well.
  await expectDrafts(page, 1, 'the long form keeps a draft while typing');
  await page.getByRole('link', { name: 'Asiakkaat', exact: true }).click();
  await page.locator('#leave-discard').click();
  await page.waitForURL('**/clients');
  await expectDrafts(page, 0, 'leaving without saving removes the draft');
  await page.locator('#new-client').click();
  await page.waitForURL('**/clients/new');
  assert.equal(await page.locator('#draft-notice').count(), 0);
  assert.equal(await page.locator('#client-firstNames').inputValue(), '');
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
});

test('reloading offers the draft, restoring brings the text back, and a save or signing out leaves no draft', async () => {
  const { page } = await open();
  await signIn(page, 'sanna');
  await page.goto('/clients/new');
  await typeClient(page);

  // Closing or reloading the tab asks through the browser's own dialog.
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await page.reload();
  await expectHeading(page, 'Uusi asiakas');
  assert.deepEqual(dialogs, ['beforeunload']);
  await page.locator('#draft-notice').waitFor();
  assert.equal(await page.locator('#client-firstNames').inputValue(), '', 'the draft waits for the choice');
  await assertAccessible(page, 'forms-02-draft-offered');
  await page.locator('#restore-draft').click();
  await page.locator('#draft-notice').waitFor({ state: 'detached' });
  assert.deepEqual(await typedValues(page), TYPED, 'restoring brings the typed text back');

  // A refused save keeps both the text and the draft.
  await page.locator('#client-personalIdentityCode').fill('131052-308U');
  await page.locator('#save-client').click();
  await page.locator('#client-personalIdentityCode-statusText').waitFor();
  await expectDrafts(page, 1);
  // A successful save removes the draft and does not ask.
  await page.locator('#client-personalIdentityCode').fill('131052-308T');
  await page.locator('#save-client').click();
  await page.waitForURL(/\/clients\/\d+$/);
  assert.equal(await page.locator('#leave-dialog-title').count(), 0, 'a saved form does not ask');
  await expectDrafts(page, 0, 'nothing of the form is left after the save');

  // A draft left in the edit form is cleared on sign-out (shared computers).
  await page.locator('#edit-client').click();
  await page.waitForURL(/\/edit$/);
  await page.locator('#client-phone').fill('050 111 2222');
  await expectDrafts(page, 1);
  await page.locator('#sign-out').click();
  await page.locator('#leave-dialog-title').waitFor();
  await page.locator('#leave-discard').click();
  await page.waitForURL('**/login');
  await expectDrafts(page, 0, 'signing out clears every draft');
  assert.deepEqual(dialogs, ['beforeunload'], 'in-app navigations ask in the page, not through the browser');
});

test('a refused save moves the focus to the error summary', async () => {
  const { page } = await open();
  await signIn(page, 'sanna');
  await page.goto('/clients/new');
  await page.locator('#client-firstNames').fill('Virhe');
  await page.locator('#client-lastName').fill('Testinen');
  await page.locator('#client-personalIdentityCode').fill('131052-308U');
  await page.locator('#save-client').click();
  await page.locator('#error-summary').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('#error-summary, .fi-error-summary') !== null);
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Lomakkeella on 1 virhe/);
  await assertAccessible(page, 'forms-03-refused-focus');

  // The same summary on a form of another kind: the referral record of a new case.
  const c = await newCase(page, 101, 'Fokus');
  await page.goto(`/cases/${c.id}`);
  await page.locator('#referral-form').waitFor();
  await page.locator('#referral-date').fill('31.2.2026');
  await page.locator('#referral-submit').click();
  await page.waitForFunction(() => document.activeElement?.closest('#referral-errors') !== null);
  assert.equal(await page.locator('#referral-date').inputValue(), '31.2.2026', 'the typed date stays');
});

test("the case's plan record keeps a draft too", async () => {
  const { page } = await open();
  await signIn(page, 'sanna');
  // A new case taken to the plan stage through the API: referral, assessment.
  let c = await newCase(page, 103, 'Suunnitelma');
  const step = async (method, path, body) => {
    const r = await apiCall(page, method, `/api/v1/cases/${c.id}${path}`, { ...body, version: c.version });
    assert.ok(r.status < 300, `${path}: ${r.status} ${JSON.stringify(r.body)}`);
    c = r.body;
  };
  const today = new Date().toISOString().slice(0, 10);
  await step('PUT', '/referral', { source: 'social_services', date: today, referrerName: '', orderText: '' });
  await step('POST', '/transitions', { to: 'assessment' });
  await step('PUT', '/assessment', { outcome: 'service_needed', date: today, criteria: 'Tarve todettu.' });
  await step('POST', '/transitions', { to: 'plan' });
  const atPlan = c;
  page.on('dialog', (d) => void d.accept());
  await page.goto(`/cases/${atPlan.id}`);
  await page.locator('#plan-form').waitFor();
  const goal = 'Tavoitteena säännöllinen päivärytmi (luonnos).';
  await page.locator('#plan-goal').fill(goal);
  await page.reload();
  await page.locator('#plan-form #draft-notice').waitFor();
  await page.locator('#restore-draft').click();
  assert.equal(await page.locator('#plan-goal').inputValue(), goal);
  // A refused save keeps the draft; a saved plan leaves none and no longer asks.
  await page.locator('#plan-submit').click();
  await page.locator('#plan-errors').waitFor();
  await expectDrafts(page, 1);
  await page.locator('#plan-kind_button').click();
  await page.getByRole('option').first().click();
  await page.locator('#plan-date').fill(fiDate());
  await page.locator('#plan-submit').click();
  await page.waitForFunction(() => (document.getElementById('plan-status')?.textContent ?? '').trim().length > 0);
  await expectDrafts(page, 0, 'a saved plan leaves no draft');
  await page.getByRole('link', { name: 'Asiakkaat', exact: true }).click();
  await page.waitForURL('**/clients');
});

test('a language switch shows the server messages in Swedish without a reload', async () => {
  const { page } = await open();
  await signIn(page, 'sanna');
  // A new case misses its referral before the next stage: the case answer names it in the request's language.
  const target = await newCase(page, 102, 'Kielinen');
  assert.ok(target.nextStage && target.missing.length, 'a case with missing records');
  const inSwedish = await page.evaluate(
    async (id) => (await (await fetch(`/api/v1/cases/${id}`, { headers: { 'Accept-Language': 'sv' } })).json()).missing,
    target.id,
  );
  assert.notEqual(inSwedish[0].message, target.missing[0].message, 'the server has the message in both languages');

  await page.goto(`/cases/${target.id}`);
  await page.locator('#missing-list').waitFor();
  assert.match(await page.locator('#missing-list').innerText(), new RegExp(escape(target.missing[0].message)));
  // A refused move to the next stage: the server's reasons.
  await page.locator('#move-next').click();
  await page.locator('#transition-refused').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'transition-messages');
  assert.match(await page.locator('#transition-refused').innerText(), new RegExp(escape(target.missing[0].message)));
  await markWindow(page);

  await switchLanguage(page, /På svenska/);
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  const sv = new RegExp(escape(inSwedish[0].message));
  await page.waitForFunction((m) => (document.getElementById('missing-list')?.textContent ?? '').includes(m), inSwedish[0].message);
  assert.match(await page.locator('#missing-list').innerText(), sv);
  assert.match(await page.locator('#transition-refused').innerText(), sv, 'the refusal speaks Swedish too');
  assert.ok(await stillSameWindow(page), 'no reload');
  await assertAccessible(page, 'forms-04-case-sv');
});

test("the date picker speaks the UI's language", async () => {
  const { page } = await open();
  await signIn(page, 'sanna');
  await page.goto('/places');
  await page.locator('#filter-freeFrom').waitFor();

  const monthNames = async () => {
    await page.getByRole('button', { name: /^(Valitse päivämäärä|Välj datum)/ }).first().click();
    const picker = page.locator('.fi-date-picker').first();
    await picker.waitFor({ state: 'visible' });
    const text = await picker.innerText();
    await page.keyboard.press('Escape');
    return text;
  };
  const fi = await monthNames();
  assert.ok(FI_MONTHS.some((m) => fi.includes(m)), `Finnish month names in the picker: ${fi}`);
  assert.match(await page.locator('#places-content, main').first().innerText(), /Muodossa p\.k\.vvvv/);

  await switchLanguage(page, /På svenska/);
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  await page.getByRole('button', { name: /^Välj datum/ }).first().waitFor();
  const sv = await monthNames();
  assert.ok(SV_MONTHS.some((m) => sv.includes(m)), `Swedish month names in the picker: ${sv}`);
  assert.ok(!FI_MONTHS.some((m) => sv.includes(m)), 'no Finnish month names left');
  assert.match(await page.locator('main').innerText(), /I formen d\.m\.åååå/);
  await assertAccessible(page, 'forms-05-places-sv');
});

test('the client form in Swedish: optional fields say "valfri", and a refused save keeps the focus on the summary', async () => {
  const { page } = await open();
  await signIn(page, 'sanna');
  await page.goto('/clients/new');
  await switchLanguage(page, /På svenska/);
  await expectHeading(page, 'Ny klient');
  assert.match(await page.locator('label[for="client-phone"]').innerText(), /\(valfri\)/);
  assert.doesNotMatch(await page.locator('main').innerText(), /frivillig/);
  await page.locator('#client-firstNames').fill('Svensk');
  await page.locator('#client-lastName').fill('Testare');
  await page.locator('#client-personalIdentityCode').fill('131052-308U');
  await page.locator('#save-client').click();
  await page.locator('#error-summary').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('.fi-error-summary') !== null);
  await assertAccessible(page, 'forms-06-client-form-sv-refused');
});

test('in Swedish: the client agreement and place forms keep drafts, the dialogs and the answer form pass axe', async () => {
  const worker = await open();
  const { page } = worker;
  await signIn(page, 'sanna');
  await page.goto('/clients');
  await switchLanguage(page, /På svenska/);
  await expectHeading(page, 'Klienter');
  const erik = (await apiCall(page, 'GET', '/api/v1/clients?q=Testström')).body.items[0];
  page.on('dialog', (d) => void d.accept());

  // The client agreement form: a draft per client, restored after a reload.
  await page.goto(`/client-agreements/new?clientId=${erik.id}`);
  await expectHeading(page, 'Nytt klientavtal');
  // The form starts from what is known (the named people); the typed change is the draft.
  await page.locator('#client-agreement-form').waitFor();
  const prefilled = await page.locator('#ca-responsiblePersons').inputValue();
  await page.locator('#ca-responsiblePersons').fill('Sanna Sosiaaliohjaaja ja Erikin läheinen');
  await page.reload();
  await page.locator('#draft-notice').waitFor();
  assert.equal(await page.locator('#ca-responsiblePersons').inputValue(), prefilled);
  await assertAccessible(page, 'forms-07-client-agreement-draft-sv');
  await page.locator('#restore-draft').click();
  assert.equal(await page.locator('#ca-responsiblePersons').inputValue(), 'Sanna Sosiaaliohjaaja ja Erikin läheinen');
  // The leave dialog in Swedish; leaving discards the draft.
  await page.getByRole('link', { name: 'Klienter', exact: true }).click();
  await page.locator('#leave-dialog-title').waitFor();
  assert.equal((await page.locator('#leave-dialog-title').innerText()).trim(), 'Du har osparade ändringar. Vill du lämna sidan?');
  assert.equal((await page.locator('#leave-discard').innerText()).trim(), 'Lämna utan att spara');
  await assertAccessible(page, 'forms-08-leave-dialog-sv');
  await page.locator('#leave-discard').click();
  await page.waitForURL('**/clients');
  await expectDrafts(page, 0);

  // The place form of a host's manager.
  const manager = await open();
  await signIn(manager.page, 'hanna');
  manager.page.on('dialog', (d) => void d.accept());
  await manager.page.goto('/places/new');
  await switchLanguage(manager.page, /På svenska/);
  await manager.page.locator('#place-name').fill('Utkastets plats');
  // The labels follow the language once its texts are in (fetched when chosen): awaited, not read once.
  await manager.page.locator('label[for="place-streetAddress"]', { hasText: '(valfri)' }).waitFor();
  await manager.page.reload();
  await manager.page.locator('#draft-notice').waitFor();
  await manager.page.locator('#restore-draft').click();
  assert.equal(await manager.page.locator('#place-name').inputValue(), 'Utkastets plats');
  await assertAccessible(manager.page, 'forms-09-place-form-sv');

  // The answer to a service order: the reply to the purchaser, for accepting too.
  await manager.page.goto('/service-orders?status=sent');
  const accept = manager.page.locator('[id$="-accept"]').first();
  await accept.click();
  const reply = manager.page.locator('textarea[id$="-reply"]').first();
  await reply.waitFor();
  assert.match(await manager.page.locator(`label[for="${await reply.getAttribute('id')}"]`).innerText(), /Svar till beställaren/);
  await assertAccessible(manager.page, 'forms-10-order-answer-sv');
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
