// Browser tests of the web UI against the real backend (see server.mjs).
// Run: tests/browser/run.sh   (or: cd tests/browser && npm test)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibleInFiAndSv, assertAccessible, expectHeading, saveMeanwhile, signIn, useServerAndBrowser } from './helpers.mjs';

const CLIENT = { firstNames: 'Aino Maria', lastName: 'Testinen', badHetu: '131052-308U', hetu: '131052-308T' };

const { open } = useServerAndBrowser();

test('the sign-in page is accessible and explains a wrong password and throttling', async () => {
  const { page, foreign } = await open();
  await page.goto('/login');
  await page.locator('h1').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'fi');
  await expectHeading(page, 'Kirjaudu Polkuun');
  await assertAccessible(page, '01-login');

  await page.locator('#username').fill('nobody-here');
  await page.locator('#password').fill('wrong-password');
  await page.locator('#sign-in').click();
  const alert = page.locator('#login-error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Käyttäjätunnus tai salasana on väärin/);
  await assertAccessible(page, '02-login-wrong-password');

  // Repeated failures are throttled (429 with Retry-After) and the page says so.
  let throttled = false;
  for (let i = 0; i < 15 && !throttled; i++) {
    await page.locator('#password').fill(`wrong-${i}`);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
    await page.locator('#sign-in').click();
    throttled = (await answer).status() === 429;
  }
  assert.ok(throttled, 'the backend throttles repeated failed sign-ins');
  await page.waitForFunction(() => /Liian monta epäonnistunutta yritystä/.test(document.querySelector('#login-error')?.textContent ?? ''));
  await assertAccessible(page, '02b-login-throttled');
  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
});

test('a social instructor creates a client; an invalid henkilötunnus is explained next to the field', async () => {
  const { page, foreign, consoleErrors } = await open();
  await signIn(page, 'sanna');
  // Workers start on "My work"; the client list is one step away.
  await page.waitForURL('**/my-work');
  await page.getByRole('link', { name: 'Asiakkaat', exact: true }).click();
  await page.waitForURL('**/clients');
  await expectHeading(page, 'Asiakkaat');
  await page.locator('#client-search').waitFor();
  await assertAccessible(page, '03-client-list');

  await page.locator('#new-client').click();
  await page.waitForURL('**/clients/new');
  await expectHeading(page, 'Uusi asiakas');
  await assertAccessible(page, '04-client-form');

  await page.locator('#client-firstNames').fill(CLIENT.firstNames);
  await page.locator('#client-lastName').fill(CLIENT.lastName);
  await page.locator('#client-personalIdentityCode').fill(CLIENT.badHetu);
  await page.locator('#client-phone').fill('040 123 4567');
  await page.locator('#client-municipality').fill('Järvilaakso');
  // The own worker comes from GET /api/v1/workers.
  await page.locator('#client-ownWorkerId_button').click();
  await page.getByRole('option', { name: /Sanna/ }).click();
  await page.locator('#save-client').click();

  const status = page.locator('#client-personalIdentityCode-statusText');
  await status.waitFor();
  const message = (await status.innerText()).trim();
  assert.ok(message.length > 0, 'the server message is shown next to the henkilötunnus field');
  assert.equal(await page.locator('#client-personalIdentityCode').getAttribute('aria-invalid'), 'true');
  // Everything typed is kept.
  assert.equal(await page.locator('#client-firstNames').inputValue(), CLIENT.firstNames);
  assert.equal(await page.locator('#client-lastName').inputValue(), CLIENT.lastName);
  assert.equal(await page.locator('#client-personalIdentityCode').inputValue(), CLIENT.badHetu);
  assert.equal(await page.locator('#client-phone').inputValue(), '040 123 4567');
  assert.ok(page.url().endsWith('/clients/new'));
  await assertAccessible(page, '05-client-form-invalid-hetu');

  await page.locator('#client-personalIdentityCode').fill(CLIENT.hetu);
  await page.locator('#save-client').click();
  await page.waitForURL(/\/clients\/\d+$/);
  await expectHeading(page, `${CLIENT.firstNames} ${CLIENT.lastName}`);
  assert.equal((await page.locator('#client-hetu').innerText()).trim(), CLIENT.hetu);
  assert.match(await page.locator('#client-details').innerText(), /13\.10\.1952/);
  assert.match(await page.locator('#client-details').innerText(), /Sanna/);
  await page.locator('#saved-notice').waitFor();
  await assertAccessible(page, '06-client-page');

  // The list finds the client by name and by henkilötunnus.
  for (const q of [CLIENT.lastName, CLIENT.hetu]) {
    await page.goto(`/clients?q=${encodeURIComponent(q)}`);
    await page.locator('#client-table').waitFor();
    assert.match(await page.locator('#client-table').innerText(), new RegExp(CLIENT.lastName));
  }
  await page.getByRole('link', { name: `${CLIENT.lastName}, ${CLIENT.firstNames}` }).click();
  await page.waitForURL(/\/clients\/\d+$/);
  await page.locator('#edit-client').click();
  await page.waitForURL(/\/clients\/\d+\/edit$/);
  assert.equal(await page.locator('#client-lastName').inputValue(), CLIENT.lastName);
  await assertAccessible(page, '07-client-edit');
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
});

test('a stale save (409) keeps what the user typed and offers the latest version', async () => {
  const a = await open();
  const b = await open();
  await signIn(a.page, 'sanna');
  await signIn(b.page, 'sanna');
  for (const { page } of [a, b]) {
    await page.goto(`/clients?q=${encodeURIComponent(CLIENT.lastName)}`);
    await page.getByRole('link', { name: `${CLIENT.lastName}, ${CLIENT.firstNames}` }).click();
    await page.waitForURL(/\/clients\/\d+$/);
    await page.locator('#edit-client').click();
    await page.locator('#client-phone').waitFor();
  }
  // B saves first.
  await b.page.locator('#client-postOffice').fill('Järvilaakso');
  await b.page.locator('#save-client').click();
  await b.page.waitForURL(/\/clients\/\d+$/);
  // A's save is now stale.
  await a.page.locator('#client-phone').fill('050 999 8888');
  await a.page.locator('#save-client').click();
  await a.page.locator('#conflict-notice').waitFor();
  assert.ok(/\/edit$/.test(a.page.url()));
  assert.equal(await a.page.locator('#client-phone').inputValue(), '050 999 8888');
  await a.page.locator('#load-latest').click();
  const compare = a.page.locator('#conflict-compare');
  await compare.waitFor();
  const text = await compare.innerText();
  assert.match(text, /050 999 8888/);
  assert.match(text, /Järvilaakso/);
  assert.equal(await a.page.locator('#client-phone').inputValue(), '050 999 8888');
  await assertAccessible(a.page, '07b-client-conflict');
  // Saving again now overwrites deliberately.
  await a.page.locator('#save-client').click();
  await a.page.waitForURL(/\/clients\/\d+$/);
  assert.match(await a.page.locator('main').innerText(), /050 999 8888/);
});

test('switching to Swedish changes the texts and is remembered', async () => {
  const { page } = await open();
  await signIn(page, 'sanna');
  await page.waitForURL('**/my-work');
  await page.goto('/clients');
  await page.locator('#client-search').waitFor();
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  await expectHeading(page, 'Klienter');
  assert.match(await page.locator('nav').first().innerText(), /Klienter/);
  assert.match(await page.locator('#new-client').innerText(), /Ny klient/);
  await assertAccessible(page, '08-client-list-sv');

  await page.reload();
  await page.locator('h1').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  await expectHeading(page, 'Klienter');

  await page.locator('#new-client').click();
  await page.waitForURL('**/clients/new');
  await expectHeading(page, 'Ny klient');
  assert.match(await page.locator('label[for="client-personalIdentityCode"]').innerText(), /Personbeteckning/);
  await page.locator('#client-firstNames').fill('Test');
  await page.locator('#client-lastName').fill('Svensk');
  await page.locator('#client-personalIdentityCode').fill(CLIENT.badHetu);
  await page.locator('#save-client').click();
  await page.locator('#client-personalIdentityCode-statusText').waitFor();
  await assertAccessible(page, '09-client-form-sv-invalid');
});

test('a manager sees the access log of a client', async () => {
  const { page } = await open();
  await signIn(page, 'mikko');
  await page.goto(`/clients?q=${encodeURIComponent(CLIENT.lastName)}`);
  await page.getByRole('link', { name: `${CLIENT.lastName}, ${CLIENT.firstNames}` }).click();
  await page.waitForURL(/\/clients\/\d+$/);
  await page.locator('#access-log-link').click();
  await page.waitForURL(/\/clients\/\d+\/access-log$/);
  const table = page.locator('#access-log-table');
  await table.waitFor();
  assert.match(await table.innerText(), /Sanna|sanna/);
  await assertAccessible(page, '10-access-log');
});

test('the administrator manages organisations and users', async () => {
  const { page } = await open();
  await signIn(page, 'admin');
  await page.waitForURL('**/admin/organisations');
  await expectHeading(page, 'Organisaatiot');
  const orgTable = page.locator('#organisation-table');
  await orgTable.waitFor();
  assert.match(await orgTable.innerText(), /Järvilaakson hyvinvointialue/);
  await assertAccessible(page, '11-admin-organisations');

  await page.getByRole('link', { name: 'Järvilaakson hyvinvointialue' }).click();
  await page.waitForURL(/\/admin\/organisations\/\d+$/);
  assert.equal(await page.locator('#org-name').inputValue(), 'Järvilaakson hyvinvointialue');
  await assertAccessible(page, '12-admin-organisation-form');
  // The county's logo for its documents: a PNG chosen, saved, shown as kept, then removed.
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000008000000040806000000b3cd7ef00000001249444154789c63382167f31f1f66a0bd02008593442' +
      '1b751558c0000000049454e44ae426082',
    'hex',
  );
  await page.locator('#org-logo-none').waitFor();
  await page.locator('#organisation-logo input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await page.locator('#org-logo-upload').click();
  await page.locator('#org-logo-status', { hasText: 'Logo tallennettu.' }).waitFor();
  await page.locator('#org-logo-image').waitFor();
  assert.equal(await page.locator('#org-logo-image').evaluate((img) => img.complete && img.naturalWidth), 8, 'the kept PNG shows');
  await assertAccessible(page, '12b-admin-organisation-logo');
  await page.locator('#org-logo-remove').click();
  await page.locator('#org-logo-status', { hasText: 'Logo poistettu.' }).waitFor();
  await page.locator('#org-logo-none').waitFor();

  await page.goto('/admin/organisations/new');
  await page.locator('#org-name').fill('Testiyhdistys ry');
  await page.locator('label[for="org-kind-host"]').click();
  await page.locator('#save-organisation').click();
  await page.waitForURL('**/admin/organisations');
  await page.getByRole('link', { name: 'Testiyhdistys ry' }).waitFor();

  // A stale save of the organisation keeps the typed name; 'keep mine' takes the saved version and the save goes through.
  await page.getByRole('link', { name: 'Testiyhdistys ry' }).click();
  await page.waitForURL(/\/admin\/organisations\/\d+$/);
  const orgPath = new URL(page.url()).pathname.replace(/^\/admin/, '');
  await page.locator('#org-name').fill('Testiyhdistys ry (oma)');
  // Organisations answer their regions as objects and take them as names.
  const { regions } = await page.evaluate((url) => fetch(url).then((r) => r.json()), `/api/v1${orgPath}`);
  const orgStatus = await saveMeanwhile(page, `/api/v1${orgPath}`, { name: 'Testiyhdistys ry (toisen)', regions: regions.map((r) => r.name) });
  assert.equal(orgStatus, 200);
  await page.locator('#save-organisation').click();
  await page.locator('#conflict-notice').waitFor();
  assert.equal(await page.locator('#org-name').inputValue(), 'Testiyhdistys ry (oma)', 'the typed name stays');
  await page.locator('#keep-mine').click();
  await page.locator('#conflict-notice').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#org-name').inputValue(), 'Testiyhdistys ry (oma)', 'keep mine keeps the typed name');
  await page.locator('#save-organisation').click();
  await page.waitForURL('**/admin/organisations');
  await page.getByRole('link', { name: 'Testiyhdistys ry (oma)' }).waitFor();

  await page.goto('/admin/users');
  const userTable = page.locator('#user-table');
  await userTable.waitFor();
  assert.match(await userTable.innerText(), /sanna/);
  await assertAccessible(page, '13-admin-users');

  await page.locator('#new-user').click();
  await page.waitForURL('**/admin/users/new');
  await page.locator('#add-role').click();
  await assertAccessible(page, '14-admin-user-form');
  // A role row without its organisation and role is explained before anything is sent.
  await page.locator('#user-username').fill('testaaja');
  await page.locator('#save-user').click();
  await page.getByRole('link', { name: 'Roolit: Valitse sekä organisaatio että rooli, tai poista rivi.' }).waitFor();
  assert.equal(await page.locator('#user-username').inputValue(), 'testaaja', 'the typed values stay');
  assert.equal(new URL(page.url()).pathname, '/admin/users/new');

  // The password change is in the header, beside the user's name, not in the service navigation. The user form
  // still holds what was typed: leaving it asks first.
  await page.locator('header #change-password').click();
  await page.locator('#leave-dialog-title').waitFor();
  assert.equal(new URL(page.url()).pathname, '/admin/users/new', 'the form stays until the user answers');
  await page.locator('#leave-discard').click();
  await page.waitForURL('**/password');
  await expectHeading(page, 'Vaihda salasana');
  await accessibleInFiAndSv(page, '15-password', async () => {
    await page.locator('#end-all-heading', { hasText: 'Logga ut överallt' }).waitFor();
  });

  // Signing out everywhere ends this session and the user's others (another browser signed in as the same user).
  const other = await open();
  await signIn(other.page, 'admin');
  assert.equal((await other.page.request.get('/api/v1/auth/me')).status(), 200);
  await page.locator('#end-all-sessions').click();
  await page.waitForURL('**/login');
  assert.equal((await page.request.get('/api/v1/auth/me')).status(), 401);
  assert.equal((await other.page.request.get('/api/v1/auth/me')).status(), 401, 'the other browser is signed out too');
});

test('each role starts on its own page, and the navigation offers what the role uses', async () => {
  // Everyone who can have tasks starts on them: on "Oma työ", a placement supervisor on "Paikkani".
  const starts = { sanna: '/my-work', tuomas: '/my-work', aino: '/my-places', admin: '/admin/organisations' };
  for (const [user, path] of Object.entries(starts)) {
    const { page } = await open();
    await signIn(page, user);
    await page.waitForURL((url) => url.pathname === path);
    await page.locator('nav').first().waitFor();
  }
  // Process models are the purchaser's: the county's manager has them, the 4H association's manager not.
  const navOf = async (user) => {
    const { page } = await open();
    await signIn(page, user);
    await page.locator('#change-password').waitFor();
    return page.getByRole('navigation').first().innerText();
  };
  assert.match(await navOf('mikko'), /Prosessimalli/);
  assert.doesNotMatch(await navOf('hanna'), /Prosessimalli/);
});
