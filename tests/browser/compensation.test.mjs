// Compensation (korvaukset, issue #12): the social instructor records where a client's benefit comes from (Kela) and
// a travel fare (a fare typed wrong is refused before anything is sent) on the client page; the client came to the
// place on three days of last month. The purchaser's manager opens "Korvaukset" for last month in Finnish and in
// Swedish (axe-core clean), sees the expense allowance (3 × 9,00 €) and the travel compensation (3 × 4,60 €), approves
// the month, downloads the Excel file and reads the client's line from it; a later mark of a day of that month is
// refused by the API. The data is the test's own (fixtures.mjs), not the demo's.
// Run: node --test --test-concurrency=1 --test-timeout=300000 compensation.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { artifacts } from './browser.mjs';
import { accessibleInFiAndSv, assertAccessible, choose, expectHeading, signIn, useServerAndBrowser } from './helpers.mjs';
import { addDays, addMonths, buildWorld, caseInImplementation, fi, isoWeekday, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();

// Last month, and a case whose work started on the Monday on or before its first day (so that its days can be
// marked), coming on Mondays, Tuesdays and Wednesdays.
const today = todayIso();
const firstOfThisMonth = `${today.slice(0, 7)}-01`;
const firstOfMonth = addMonths(firstOfThisMonth, -1);
const lastOfMonth = addDays(firstOfThisMonth, -1);
const month = firstOfMonth.slice(0, 7);
const start = addDays(firstOfMonth, 1 - isoWeekday(firstOfMonth));
const FIRST_NAMES = 'Kaarlo';
const LAST_NAME = 'Korvattava';

/** The month's name as the UI shows it: "maaliskuu 2026", "mars 2026". */
const monthName = (locale) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${firstOfMonth}T00:00:00Z`));

/** Text with every kind of space (the no-break space of "9,00 €" among them) as one plain space. */
const plain = (s) => s.replace(/\s+/g, ' ').trim();
const textOf = async (locator) => plain(await locator.innerText());

let world;
let made;
let period;
let expected;
/** The world, the case and its period, and three present days of last month, made once (after the server is up). */
async function setUp() {
  if (made) return;
  world = await buildWorld(env.server.baseUrl, 'ko');
  made = await caseInImplementation(world, { start, firstNames: FIRST_NAMES, lastName: LAST_NAME });
  const instructor = await world.as('instructor');
  period = await instructor.must('POST', `/api/v1/cases/${made.case.id}/periods`, {
    bookingId: made.booking.id, startDate: start, endDate: addDays(addMonths(start, 3), -1),
    steps: [{ from: start, days: [1, 2, 3].map((weekday) => ({ weekday, hours: 4 })) }],
  });
  const days = await instructor.must('GET', `/api/v1/periods/${period.id}/attendance?from=${firstOfMonth}&to=${lastOfMonth}`);
  expected = days.expected.map((d) => d.date).filter((d) => d >= firstOfMonth && d <= lastOfMonth);
  assert.ok(expected.length >= 4, `days of ${month} to mark: ${JSON.stringify(days.expected)}`);
  for (const day of expected.slice(0, 3)) {
    await instructor.must('PUT', `/api/v1/periods/${period.id}/attendance/${day}`, { status: 'present', minutes: 240 }, 200);
  }
}

test('the instructor records the benefit payer and the fare; the manager approves the month and downloads it', async () => {
  await setUp();
  const instructorApi = await world.as('instructor');
  const clientId = made.client.id;

  // --- The social instructor on the client page.
  {
    const { page, foreign, consoleErrors } = await env.open();
    await signIn(page, world.users.instructor.username);
    await page.goto(`/clients/${clientId}`);
    await expectHeading(page, `${FIRST_NAMES} ${LAST_NAME}`);
    const section = page.locator('#client-compensation');
    await section.locator('#client-compensation-benefits-none').waitFor();
    assert.equal(await section.locator('h2').first().innerText(), 'Korvaukset');

    // Kela from the start of the work.
    await page.locator('#client-compensation-benefits-add').click();
    await choose(page, 'client-compensation-benefits-new-payer', 'Kela');
    assert.equal(await page.locator('#client-compensation-benefits-new-fundName').count(), 0, 'no fund name for Kela');
    await page.locator('#client-compensation-benefits-new-validFrom').fill(fi(start));
    await page.locator('#client-compensation-benefits-new-submit').click();
    const kela = section.locator('#client-compensation-benefits-list li[data-payer="kela"]');
    await kela.waitFor();
    assert.match(await textOf(kela), new RegExp(`Kela ${fi(start).replace(/\./g, '\\.')} alkaen`));
    await page.locator('#client-compensation-benefits-status', { hasText: 'Tallennettu' }).waitFor();

    // A fare with three decimals is refused before it is sent, next to its field, and nothing typed is lost.
    await page.locator('#client-compensation-fares-add').click();
    const amount = page.locator('#client-compensation-fares-new-centsPerDay');
    await amount.fill('4,605');
    await page.locator('#client-compensation-fares-new-means').fill('Bussi, 30 päivän lippu');
    await page.locator('#client-compensation-fares-new-validFrom').fill(fi(start));
    await page.locator('#client-compensation-fares-new-submit').click();
    const summary = page.locator('#client-compensation-fares-new-errors');
    await summary.waitFor();
    await page.waitForFunction(() => !!document.activeElement?.closest('#client-compensation-fares-new-errors'), null, {
      timeout: 10_000,
    });
    assert.match(await textOf(summary), /Summa päivältä \(€\): Anna summa euroina/);
    assert.match(await textOf(page.locator('#client-compensation-fares-new-centsPerDay-statusText')), /euroina/);
    assert.equal(await amount.inputValue(), '4,605');
    assert.equal(await page.locator('#client-compensation-fares-new-means').inputValue(), 'Bussi, 30 päivän lippu');
    assert.deepEqual((await instructorApi.must('GET', `/api/v1/clients/${clientId}/compensation`)).fares, [], 'nothing was sent');
    await assertAccessible(page, 'compensation-01-fare-refused');

    // With a dot it is 4,60 € (460 cents).
    await amount.fill('4.60');
    await page.locator('#client-compensation-fares-new-submit').click();
    const current = section.locator('#client-compensation-fares-current li');
    await current.waitFor();
    assert.match(await textOf(current), /4,60 € päivältä, Bussi, 30 päivän lippu/);
    const saved = await instructorApi.must('GET', `/api/v1/clients/${clientId}/compensation`);
    assert.equal(saved.fares.length, 1);
    assert.equal(saved.fares[0].centsPerDay, 460);
    assert.equal(saved.fares[0].validFrom, start);
    assert.deepEqual(saved.benefits.map((b) => [b.payer, b.validFrom, b.validTo]), [['kela', start, null]]);
    await accessibleInFiAndSv(page, 'compensation-02-client-section', async () => {
      await section.locator('h2', { hasText: 'Ersättningar' }).waitFor();
      await kela.filter({ hasText: 'FPA' }).waitFor();
    });

    assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
    assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');
  }

  // --- The purchaser's manager: last month, open, computed from the attendance.
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.manager.username);
  await page.getByRole('link', { name: 'Korvaukset', exact: true }).click();
  await page.waitForURL('**/compensation');
  await expectHeading(page, 'Korvaukset');
  await page.locator('#batch-month', { hasText: monthName('fi-FI') }).waitFor();
  const status = page.locator('#batch-status');
  await status.waitFor();
  assert.match(await textOf(status), /^Avoin: lasketaan läsnäolosta/);

  const lines = page.locator('#batch-lines');
  await lines.waitFor();
  const allowance = lines.locator('tbody tr[data-kind="expense_allowance"]');
  assert.equal(await allowance.count(), 1, 'one expense allowance line');
  const allowanceText = await textOf(allowance);
  for (const part of [LAST_NAME, FIRST_NAMES, 'Kulukorvaus', 'Kela', '9,00 €', '27,00 €']) {
    assert.ok(allowanceText.includes(part), `"${part}" in the line: ${allowanceText}`);
  }
  assert.ok(allowanceText.includes(`${fi(expected[0])}–${fi(expected[2])}`), `the days of the line: ${allowanceText}`);
  assert.match(allowanceText, / 3 9,00 € 27,00 € /, `3 days × 9,00 €: ${allowanceText}`);
  const travel = await textOf(lines.locator('tbody tr[data-kind="travel"]'));
  assert.match(travel, /Matkakorvaus Järjestäjä 3 4,60 € 13,80 €/, travel);
  assert.match(await textOf(page.locator('#batch-totals tr[data-payer="kela"][data-kind="expense_allowance"]')), /Kela Kulukorvaus 3 27,00 €/);
  assert.equal(await textOf(page.locator('#batch-total')), '40,80 €');
  assert.equal(await page.locator('#batch-totals caption').innerText(), `${monthName('fi-FI')}: korvaukset maksajittain ja lajeittain`);
  assert.equal(await page.locator('#approved-none').count(), 1, 'no month approved yet');
  await accessibleInFiAndSv(page, 'compensation-03-open-month', async () => {
    await page.locator('#batch-month', { hasText: monthName('sv-FI') }).waitFor();
    await lines.locator('tbody tr[data-kind="expense_allowance"]', { hasText: 'Kostnadsersättning' }).waitFor();
    assert.match(await textOf(status), /^Öppen: räknas ut från närvaron/);
    assert.match(await textOf(lines.locator('tbody tr[data-kind="expense_allowance"]')), /FPA/);
    assert.equal(await textOf(page.locator('#approve-month')), 'Godkänn månaden');
  });

  // Approving: the dialog says what approval freezes; then the month is approved by her.
  await page.locator('#month-previous').waitFor();
  await page.locator('#approve-month', { hasText: 'Hyväksy kuukausi' }).click();
  await page.locator('#approve-dialog-title').waitFor();
  assert.equal(await textOf(page.locator('#approve-dialog-title')), `Hyväksytäänkö ${monthName('fi-FI')}?`);
  assert.match(await textOf(page.locator('#approve-dialog-sum')), /40,80 €/);
  await assertAccessible(page, 'compensation-04-approve-dialog');
  await page.locator('#approve-confirm').click();
  await page.locator('#approval-done').waitFor();
  await page.locator('#approve-dialog-title').waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.getElementById('batch-status')?.dataset.approved === 'true');
  assert.match(await textOf(status), new RegExp(`^Hyväksytty: ${world.users.manager.displayName}`));
  assert.equal(await page.locator('#approve-month').count(), 0, 'an approved month is not approved again');
  await page.locator(`#approved-${month}`).waitFor();
  assert.match(await textOf(page.locator(`#approved-list li[data-month="${month}"]`)), /40,80 €, hyväksyi Maija Esihenkilö/);
  await accessibleInFiAndSv(page, 'compensation-05-approved-month', async () => {
    await page.locator('#batch-status', { hasText: 'Godkänd' }).waitFor();
    assert.equal(await textOf(page.locator('#download-xlsx')), 'Ladda ner Excel');
  });

  // The Excel file, downloaded through the page's link, with the client's line.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-xlsx', { hasText: 'Lataa Excel' }).click()]);
  assert.match(download.suggestedFilename(), new RegExp(`${month}\\.xlsx$`));
  const file = join(artifacts, `compensation-${month}.xlsx`);
  await download.saveAs(file);
  const sheet = readWorkbook(file);
  if (sheet.rows) {
    const header = sheet.rows.findIndex((r) => r.includes('Asiakas'));
    assert.ok(header >= 0, `a header row: ${JSON.stringify(sheet.rows.slice(0, 3))}`);
    const col = (name) => sheet.rows[header].findIndex((c) => typeof c === 'string' && c.startsWith(name));
    const row = sheet.rows.find((r) => String(r[col('Asiakas')] ?? '').includes(LAST_NAME) && r[col('Korvaus')] === 'Kulukorvaus');
    assert.ok(row, `the client's expense allowance in the file: ${JSON.stringify(sheet.rows)}`);
    assert.equal(Number(row[col('Päivät')]), 3);
    assert.equal(Number(row[col('Summa')]), 27);
    assert.equal(row[col('Maksaja')], 'Kela');
  } else {
    assert.ok(sheet.xml.includes(LAST_NAME), "the client's name in the workbook");
  }
  // The CSV link is the same month's, in the UI's language (a followed link sends the browser's Accept-Language).
  const csvHref = await page.locator('#download-csv').getAttribute('href');
  assert.ok(csvHref.endsWith(`/compensation/batches/${month}/export?format=csv&lang=fi`), csvHref);
  const csv = await page.evaluate(async (href) => {
    const r = await fetch(href);
    return { status: r.status, text: await r.text() };
  }, csvHref);
  assert.equal(csv.status, 200);
  assert.ok(csv.text.includes(LAST_NAME) && csv.text.includes('Kulukorvaus'), csv.text);

  // The month is frozen: a mark of another of its days is refused, and the day is corrected by an adjustment.
  const later = await instructorApi.call('PUT', `/api/v1/periods/${period.id}/attendance/${expected[3]}`, { status: 'present', minutes: 240 });
  assert.equal(later.status, 422, JSON.stringify(later.body));
  assert.deepEqual(later.body.errors.map((e) => [e.field, e.code]), [['day', 'month_approved']]);

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');
});

/**
 * The first sheet of a workbook through Python: its rows with openpyxl when it is there, else the workbook's XML
 * (the client's name can still be looked for).
 */
function readWorkbook(file) {
  const script = [
    'import json, sys, zipfile',
    'path = sys.argv[1]',
    'try:',
    '    import openpyxl',
    'except ImportError:',
    '    z = zipfile.ZipFile(path)',
    '    print(json.dumps({"xml": "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))}))',
    '    sys.exit(0)',
    'ws = openpyxl.load_workbook(path, read_only=True, data_only=True).worksheets[0]',
    'print(json.dumps({"rows": [list(r) for r in ws.iter_rows(values_only=True)]}, default=str))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}
