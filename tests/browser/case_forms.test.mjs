// The case page's "Lomakkeet": the purchaser's manager publishes an intermediate evaluation (a scale, the client's own
// words in a long text with its plain-language texts, a date, a multiple choice and a repeating group of goals); the
// provider's coach begins it on the case, saves part of it as a draft, reloads and goes on (a draft kept in the
// browser brings back what was not yet saved), is refused completion with required fields empty (the messages at the
// fields, nothing typed lost), fills them and completes; the completed form reads as text; a correction with its
// reason is a new draft with the answers. Every state is checked with axe-core in Finnish and in Swedish, and at 360
// px. The data is the test's own (fixtures.mjs), not the demo's.
// Run: node --test --test-concurrency=1 --test-timeout=300000 case_forms.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifacts } from './browser.mjs';
import { accessibleInFiAndSv, assertAccessible, choose, signIn, useServerAndBrowser } from './helpers.mjs';
import { addDays, buildWorld, caseInImplementation, fi, isoWeekday, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();
const open = (options) => env.open(options);
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

const today = todayIso();
const monday = addDays(today, 1 - isoWeekday(today) - 14);
const meeting = addDays(today, 30);

const T = (fi, sv, en) => ({ fi, sv, en });
/** The form the manager publishes: every kind of field the case's forms use. */
const DEFINITION = {
  kind: 'intermediate_evaluation',
  title: T('Väliarviointi', 'Mellanbedömning', 'Intermediate evaluation'),
  sections: [
    {
      key: 'experience',
      title: T('Kokemus työtoiminnasta', 'Upplevelsen av arbetsverksamheten', 'Experience of the work activity'),
      fields: [
        {
          key: 'satisfaction', type: 'scale', required: true, clientFacing: false,
          label: T('Tyytyväisyys työtoimintaan', 'Nöjdhet med arbetsverksamheten', 'Satisfaction with the work activity'),
          options: [
            { key: '1', label: T('Heikko', 'Svag', 'Poor') },
            { key: '2', label: T('Välttävä', 'Försvarlig', 'Fair') },
            { key: '3', label: T('Tyydyttävä', 'Nöjaktig', 'Satisfactory') },
            { key: '4', label: T('Hyvä', 'God', 'Good') },
            { key: '5', label: T('Erinomainen', 'Utmärkt', 'Excellent') },
          ],
        },
        {
          key: 'own_words', type: 'long_text', required: true, clientFacing: true,
          label: T('Asiakkaan oma kuvaus', 'Klientens egen beskrivning', "The client's own description"),
          help: T('Kirjaa asiakkaan omin sanoin.', 'Anteckna med klientens egna ord.', "Write it down in the client's own words."),
          plain: T(
            'Kerro omin sanoin, miltä työtoiminta on tuntunut.',
            'Berätta med egna ord hur arbetsverksamheten har känts.',
            'Tell in your own words how the work activity has felt.',
          ),
        },
        {
          key: 'next_meeting', type: 'date', required: false, clientFacing: false,
          label: T('Seuraava tapaaminen', 'Nästa möte', 'Next meeting'),
        },
        {
          key: 'support', type: 'multiple_choice', required: false, clientFacing: false,
          label: T('Tarvittava tuki', 'Stöd som behövs', 'Support needed'),
          options: [
            { key: 'coaching', label: T('Valmennus', 'Coachning', 'Coaching') },
            { key: 'transport', label: T('Kuljetus', 'Transport', 'Transport') },
            { key: 'health', label: T('Terveyspalvelut', 'Hälsotjänster', 'Health services') },
          ],
        },
      ],
    },
    {
      key: 'goals_section',
      title: T('Tavoitteet', 'Mål', 'Goals'),
      fields: [
        {
          key: 'goals', type: 'group', required: true, clientFacing: false,
          label: T('Tavoitteet', 'Mål', 'Goals'),
          help: T('Yksi tavoite riviä kohden.', 'Ett mål per rad.', 'One goal a row.'),
          fields: [
            { key: 'goal', type: 'text', required: true, clientFacing: false, label: T('Tavoite', 'Mål', 'Goal') },
            { key: 'reached', type: 'yes_no', required: false, clientFacing: false, label: T('Saavutettu', 'Uppnått', 'Reached') },
          ],
        },
      ],
    },
  ],
};

let world;
let made;
let published;
async function setUp() {
  if (made) return;
  world = await buildWorld(env.server.baseUrl, 'fo');
  made = await caseInImplementation(world, { start: monday, firstNames: 'Liisa', lastName: 'Lomakelainen' });
  const manager = await world.as('manager');
  published = await manager.must('POST', `/api/v1/organisations/${world.county.id}/forms`, { definition: DEFINITION });
}

const wideElements = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 361)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`),
  );
const shotSection = (page, name) => page.locator('#case-forms').screenshot({ path: `${artifacts}/${name}.png` });
const pick = (page, id) => page.locator(`label[for="${id}"]`).click();
const noServerErrors = (errors) => errors.filter((e) => !/status of 4\d\d/.test(e));

/** Opens the entry from the list (after a reload the section starts with every entry closed). */
async function openEntry(page, idp) {
  await page.locator(`#${idp}-open`).click();
  await page.locator(`#${idp}-view`).waitFor();
}

test('the coach begins the evaluation, keeps a draft over two sittings, is told what completion needs, completes and corrects it', async () => {
  await setUp();
  assert.equal(published.version, 1);
  const { page, foreign, consoleErrors } = await open();
  await signIn(page, world.users.coach.username);
  const caseId = made.case.id;
  await page.goto(`/cases/${caseId}#case-forms`);
  await page.locator('#provider-view-notice').waitFor();
  const section = page.locator('#case-forms');
  await section.locator('#no-case-forms').waitFor();
  assert.equal(await section.locator('h2').innerText(), 'Lomakkeet');

  // Begun from the forms the purchaser uses: a draft on its newest version, open at once.
  await choose(page, 'begin-form-kind', 'Väliarviointi');
  await page.locator('#begin-form-submit').click();
  await page.locator('#case-forms-status', { hasText: 'aloitettiin luonnoksena' }).waitFor();
  const coach = await world.as('coach');
  const [begun] = (await coach.must('GET', `/api/v1/cases/${caseId}/forms`)).items;
  assert.equal(begun.state, 'draft');
  assert.equal(begun.formVersionId, published.id);
  const idp = `form-entry-${begun.id}`;
  await page.locator(`#${idp}-form`).waitFor();
  assert.equal(await page.locator(`#${idp}-title`).innerText(), 'Väliarviointi');
  assert.match(await page.locator(`#${idp}-state`).innerText(), /Luonnos/);
  assert.match(await page.locator(`#${idp}-version`).innerText(), /versio 1/);
  // The client-facing field shows its plain-language text with its help; the fieldsets carry the sections' titles.
  const ownWordsHint = await page.locator(`[id="${idp}-own_words-hintText"]`).innerText();
  assert.match(ownWordsHint, /Kirjaa asiakkaan omin sanoin\./);
  assert.match(ownWordsHint, /Selkokielellä: Kerro omin sanoin, miltä työtoiminta on tuntunut\./);
  assert.deepEqual(
    await page.locator(`#${idp}-form legend.fo-section-title`).allInnerTexts(),
    ['Kokemus työtoiminnasta', 'Tavoitteet'],
  );
  assert.match(await page.locator(`label[for="${idp}-next_meeting"]`).innerText(), /valinnainen/, 'an optional field says so');
  assert.doesNotMatch(await page.locator(`label[for="${idp}-own_words"]`).innerText(), /valinnainen/);

  // First sitting: the scale, the date, two supports and one goal; saved as a draft.
  await pick(page, `${idp}-satisfaction-4`);
  await page.locator(`#${idp}-next_meeting`).fill(fi(meeting));
  await pick(page, `${idp}-support-coaching`);
  await pick(page, `${idp}-support-health`);
  await page.locator(`#${idp}-goals-add`).click();
  await page.waitForFunction((id) => document.activeElement?.id === id, `${idp}-goals-0-goal`);
  await page.locator(`#${idp}-goals-0-goal`).fill('Säännöllinen päivärytmi');
  await pick(page, `${idp}-goals-0-reached-yes`);
  await shotSection(page, 'case-forms-01-first-sitting-section');
  await accessibleInFiAndSv(page, 'case-forms-01-first-sitting', async () => {
    await page.locator(`#${idp}-title`, { hasText: 'Mellanbedömning' }).waitFor();
    assert.match(await page.locator(`[id="${idp}-own_words-hintText"]`).innerText(), /På lättläst svenska: Berätta med egna ord/);
    await page.locator(`#${idp}-save`, { hasText: 'Spara utkastet' }).waitFor();
  });
  await page.locator(`#${idp}-save`).click();
  await page.locator(`#${idp}-saved`, { hasText: 'Luonnos tallennettiin' }).waitFor();
  const first = await coach.must('GET', `/api/v1/form-entries/${begun.id}`);
  assert.deepEqual(first.answers, {
    satisfaction: '4', next_meeting: meeting, support: ['coaching', 'health'], goals: [{ goal: 'Säännöllinen päivärytmi', reached: true }],
  });

  // Second sitting, after a reload: the saved answers are back as they were typed.
  await page.reload();
  await openEntry(page, idp);
  assert.ok(await page.locator(`#${idp}-satisfaction-4`).isChecked());
  assert.equal(await page.locator(`#${idp}-next_meeting`).inputValue(), fi(meeting));
  assert.ok(await page.locator(`#${idp}-support-health`).isChecked());
  assert.ok(!(await page.locator(`#${idp}-support-transport`).isChecked()));
  assert.equal(await page.locator(`#${idp}-goals-0-goal`).inputValue(), 'Säännöllinen päivärytmi');
  assert.equal(await page.locator('#draft-notice').count(), 0, 'nothing unsaved: no draft to offer');

  // A second goal typed and the page reloaded before saving: the browser's draft brings it back.
  await page.locator(`#${idp}-goals-add`).click();
  await pick(page, `${idp}-goals-1-reached-no`);
  await page.locator(`#${idp}-goals-0-goal`).fill('Säännöllinen päivärytmi ja aamut ajallaan');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('polku.draft.') && k.includes('form-entry')));
  await page.reload();
  await openEntry(page, idp);
  await page.locator('#draft-notice').waitFor();
  await page.locator('#restore-draft').click();
  await page.locator('#draft-notice').waitFor({ state: 'detached' });
  assert.equal(await page.locator(`#${idp}-goals-0-goal`).inputValue(), 'Säännöllinen päivärytmi ja aamut ajallaan');
  assert.ok(await page.locator(`#${idp}-goals-1-reached-no`).isChecked(), 'the unsaved second goal is back');

  // Completion with the client's own words and the second goal empty: refused, each message at its field and in the
  // summary; what was typed is saved and stays.
  await page.locator(`#${idp}-complete`).click();
  const summary = page.locator(`#${idp}-errors`);
  await summary.waitFor();
  await page.locator(`[id="${idp}-own_words-statusText"]`, { hasText: /\S/ }).waitFor();
  await page.locator(`[id="${idp}-goals-1-goal-statusText"]`, { hasText: /\S/ }).waitFor();
  const summaryText = await summary.innerText();
  assert.match(summaryText, /Asiakkaan oma kuvaus:/);
  assert.match(summaryText, /Tavoitteet, rivi 2: Tavoite:/);
  assert.equal(await summary.locator('a').count(), 2, 'one link a missing field');
  assert.equal(await page.locator(`#${idp}-goals-0-goal`).inputValue(), 'Säännöllinen päivärytmi ja aamut ajallaan', 'nothing typed is lost');
  assert.ok(await page.locator(`#${idp}-goals-1-reached-no`).isChecked());
  assert.ok(await page.locator(`#${idp}-satisfaction-4`).isChecked());
  const refused = await coach.must('GET', `/api/v1/form-entries/${begun.id}`);
  assert.equal(refused.state, 'draft');
  assert.equal(refused.answers.goals.length, 2, 'the answers were saved before the completion was asked');
  await shotSection(page, 'case-forms-02-completion-refused-section');
  await accessibleInFiAndSv(page, 'case-forms-02-completion-refused', async () => {
    await page.locator(`#${idp}-complete`, { hasText: 'Markera som färdig' }).waitFor();
  });

  // Filled in, and completed (after the refusal the form goes on from the saved version: no conflict).
  // The summary's link moves the focus to the field.
  await summary.getByRole('link', { name: /Asiakkaan oma kuvaus/ }).click();
  await page.waitForFunction((id) => document.activeElement?.id === id, `${idp}-own_words`);
  await page.locator(`#${idp}-own_words`).fill('Aamut ovat helpompia.\nPajalla on mukava tehdä puutöitä.');
  await page.locator(`#${idp}-goals-1-goal`).fill('Oma polkupyöräkorjaus valmiiksi');
  await page.locator(`#${idp}-complete`).click();
  await page.locator('#case-forms-status', { hasText: 'Lomake merkittiin valmiiksi' }).waitFor();
  assert.equal(await page.locator('#conflict-notice').count(), 0);
  const answers = page.locator(`#${idp}-answers`);
  await answers.waitFor();
  assert.match(await page.locator(`#${idp}-state`).innerText(), /Valmis/);
  assert.equal(await page.locator(`#${idp}-view input, #${idp}-view textarea`).count(), 0, 'a completed form is read only');
  assert.equal(await page.locator(`#${idp}-satisfaction`).innerText(), '4 – Hyvä');
  assert.equal(await page.locator(`#${idp}-own_words`).innerText(), 'Aamut ovat helpompia.\nPajalla on mukava tehdä puutöitä.');
  assert.equal(await page.locator(`#${idp}-next_meeting`).innerText(), fi(meeting));
  assert.equal(await page.locator(`#${idp}-support`).innerText(), 'Valmennus, Terveyspalvelut');
  assert.equal(await page.locator(`#${idp}-goals-1-goal`).innerText(), 'Oma polkupyöräkorjaus valmiiksi');
  assert.equal(await page.locator(`#${idp}-goals-0-reached`).innerText(), 'Kyllä');
  assert.equal(await page.locator(`#${idp}-goals-1-reached`).innerText(), 'Ei');
  assert.match(await page.locator(`#${idp}-history`).innerText(), /Merkinnyt valmiiksi Kaisa Valmentaja/);
  const completed = await coach.must('GET', `/api/v1/form-entries/${begun.id}`);
  assert.equal(completed.state, 'completed');
  assert.equal(completed.mayWrite, false);
  await shotSection(page, 'case-forms-03-completed-section');
  await accessibleInFiAndSv(page, 'case-forms-03-completed', async () => {
    await page.locator(`#${idp}-satisfaction`, { hasText: '4 – God' }).waitFor();
    await page.locator(`#${idp}-support`, { hasText: 'Coachning, Hälsotjänster' }).waitFor();
    await page.locator(`#${idp}-state`, { hasText: 'Färdig' }).waitFor();
  });

  // A correction needs its reason; it is a new draft with the answers, open at once, naming the completed form.
  await page.locator(`#${idp}-correct`).click();
  await page.locator(`#${idp}-correct-submit`).click();
  await page.locator(`[id="${idp}-correct-reason-statusText"]`, { hasText: /\S/ }).waitFor();
  await assertAccessible(page, 'case-forms-04-correction-reason-required');
  const reason = 'Toinen tavoite kirjattiin väärin.';
  await page.locator(`#${idp}-correct-reason`).fill(reason);
  await page.locator(`#${idp}-correct-submit`).click();
  await page.locator('#case-forms-status', { hasText: 'Korjaus aloitettiin' }).waitFor();
  const list = (await coach.must('GET', `/api/v1/cases/${caseId}/forms`)).items;
  const correction = list.find((e) => e.correctsId === begun.id);
  assert.ok(correction, JSON.stringify(list));
  assert.equal(correction.correctionReason, reason);
  const cdp = `form-entry-${correction.id}`;
  await page.locator(`#${cdp}-form`).waitFor();
  await page.waitForFunction((id) => document.activeElement?.id === id, `${cdp}-title`);
  assert.match(await page.locator(`#${cdp}-corrects`).innerText(), new RegExp(`Korjauksen syy: ${reason}`));
  assert.ok(await page.locator(`#${cdp}-satisfaction-4`).isChecked(), 'the correction starts from the answers');
  assert.equal(await page.locator(`#${cdp}-goals-1-goal`).inputValue(), 'Oma polkupyöräkorjaus valmiiksi');
  assert.equal(await page.locator(`#${idp}-correct`).count(), 0, 'the completed form is not corrected twice at once');
  assert.equal(await page.locator(`#${idp}-view`).count(), 0, 'one form open at a time');
  await page.locator(`#${cdp}-goals-1-goal`).fill('Oma polkupyörä korjattu');
  await page.locator(`#${cdp}-save`).click();
  await page.locator(`#${cdp}-saved`, { hasText: 'Luonnos tallennettiin' }).waitFor();
  await shotSection(page, 'case-forms-05-correction-section');
  await accessibleInFiAndSv(page, 'case-forms-05-correction', async () => {
    await page.locator(`#${cdp}-corrects`, { hasText: 'Orsak till rättelsen' }).waitFor();
  });

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test("the instructor reads the case's forms and keeps a draft against another's save (keep mine / use saved)", async () => {
  await setUp();
  const instructor = await world.as('instructor');
  const draft = await instructor.must('POST', `/api/v1/cases/${made.case.id}/forms`, { kind: 'intermediate_evaluation' });
  const { page, consoleErrors } = await open();
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}`);
  const idp = `form-entry-${draft.id}`;
  await page.locator(`#${idp}`).waitFor();
  await openEntry(page, idp);
  await page.locator(`#${idp}-own_words`).fill('Ohjaajan muistiinpano');
  // Someone else saves meanwhile: the instructor's save answers 409, keeps what she typed and offers the choice.
  await instructor.must('PUT', `/api/v1/form-entries/${draft.id}`, { answers: { satisfaction: '2' }, version: draft.version }, 200);
  await page.locator(`#${idp}-save`).click();
  await page.locator('#conflict-notice').waitFor();
  assert.equal(await page.locator(`#${idp}-own_words`).inputValue(), 'Ohjaajan muistiinpano');
  await assertAccessible(page, 'case-forms-06-conflict');
  await page.locator('#keep-mine').click();
  await page.locator('#conflict-notice').waitFor({ state: 'detached' });
  await page.locator(`#${idp}-save`).click();
  await page.locator(`#${idp}-saved`, { hasText: 'Luonnos tallennettiin' }).waitFor();
  const saved = await instructor.must('GET', `/api/v1/form-entries/${draft.id}`);
  assert.deepEqual(saved.answers, { own_words: 'Ohjaajan muistiinpano' }, 'kept hers over the other save');
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test('the forms read well on a 360 px phone', async () => {
  await setUp();
  const coach = await world.as('coach');
  const items = (await coach.must('GET', `/api/v1/cases/${made.case.id}/forms`)).items;
  const draft = items.find((e) => e.state === 'draft' && e.correctsId)
    ?? (await coach.must('POST', `/api/v1/cases/${made.case.id}/forms`, { kind: 'intermediate_evaluation' }));
  const { page } = await open(PHONE);
  await signIn(page, world.users.coach.username);
  await page.goto(`/cases/${made.case.id}#case-forms`);
  const idp = `form-entry-${draft.id}`;
  await page.locator(`#${idp}`).waitFor();
  await openEntry(page, idp);
  if (!(await page.locator(`#${idp}-goals-0-goal`).count())) await page.locator(`#${idp}-goals-add`).click();
  await page.locator(`#${idp}-goals-0-goal`).waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the forms scroll sideways at 360 px: scrollWidth ${width}: ${await wideElements(page)}`);
  await shotSection(page, 'case-forms-phone-draft');
  await assertAccessible(page, 'case-forms-07-phone-draft');
  const completed = items.find((e) => e.state === 'completed');
  if (completed) {
    await openEntry(page, `form-entry-${completed.id}`);
    await page.locator(`#form-entry-${completed.id}-answers`).waitFor();
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(w <= 360, `a completed form scrolls sideways at 360 px: scrollWidth ${w}: ${await wideElements(page)}`);
    await shotSection(page, 'case-forms-phone-completed');
    await assertAccessible(page, 'case-forms-08-phone-completed');
  }
});

test("the client's own worker acknowledges a delivered implementation plan on the case page, and it opens as a PDF", async () => {
  await setUp();
  const manager = await world.as('manager');
  const PLAN = {
    kind: 'implementation_plan',
    title: T('Toteutussuunnitelma', 'Genomförandeplan', 'Implementation plan'),
    sections: [
      {
        key: 'measures',
        title: T('Toimenpiteet', 'Åtgärder', 'Measures'),
        fields: [{ key: 'methods', type: 'long_text', required: true, label: T('Työskentelytavat', 'Arbetssätt', 'Methods') }],
      },
    ],
  };
  await manager.must('POST', `/api/v1/organisations/${world.county.id}/forms`, { definition: PLAN });
  const person = await manager.must('GET', `/api/v1/clients/${made.client.id}`);
  await manager.must('PUT', `/api/v1/clients/${made.client.id}/own-worker`, {
    ownWorkerId: world.users.instructor.id,
    version: person.version,
  });
  const coach = await world.as('coach');
  const plan = await coach.must('POST', `/api/v1/cases/${made.case.id}/forms`, {
    kind: 'implementation_plan',
    answers: { methods: 'Työparityö: valmentaja ja työnohjaaja.' },
  });
  await coach.must('POST', `/api/v1/form-entries/${plan.id}/completion`, { version: plan.version }, 200);

  const { page, consoleErrors } = await open();
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}#form-entry-${plan.id}`);
  const idp = `form-entry-${plan.id}`;
  await page.locator(`#${idp}`).waitFor();
  await openEntry(page, idp);
  await page.locator(`#${idp}-acknowledge`).waitFor();
  assert.match(await page.locator(`#${idp}-pdf`).getAttribute('href'), new RegExp(`/api/v1/form-entries/${plan.id}/pdf\\?lang=fi`));
  const pdf = await page.request.get(await page.locator(`#${idp}-pdf`).getAttribute('href'));
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  await accessibleInFiAndSv(page, 'case-forms-08-plan-to-acknowledge', async () => {
    await page.locator(`#${idp}-acknowledge`, { hasText: 'Kvittera' }).waitFor();
  });
  await page.locator(`#${idp}-acknowledge`).click();
  await page.locator(`#${idp}-acknowledged`, { hasText: 'Vastaanotetuksi kuitannut' }).waitFor();
  assert.equal(await page.locator(`#${idp}-acknowledge`).count(), 0, 'acknowledged once');
  const read = await coach.must('GET', `/api/v1/form-entries/${plan.id}`);
  assert.ok(read.acknowledgedAt, JSON.stringify(read));
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});
