// The data a browser test stands on, made by the test through the HTTP API as the users who would make it (as
// tests/support/fixtures.cpp does for the API tests): only the demo administrator is taken from the seed, to make
// the organisations and users; everything else is the test's own, so a change of the demo data breaks nothing.
import assert from 'node:assert/strict';
import { PASSWORD } from './helpers.mjs';

/** A signed-in user's API calls from Node: the session cookie and the CSRF token of the sign-in. */
export class Api {
  constructor(baseUrl, username) {
    this.baseUrl = baseUrl;
    this.username = username;
    this.cookie = '';
    this.csrf = '';
  }

  static async signIn(baseUrl, username, password = PASSWORD) {
    const api = new Api(baseUrl, username);
    const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const text = await res.text();
    assert.equal(res.status, 200, `sign-in as ${username}: ${text}`);
    api.cookie = /polku_session=[^;]*/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
    api.csrf = JSON.parse(text).csrfToken;
    return api;
  }

  async call(method, path, body) {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Cookie: this.cookie, 'X-CSRF-Token': this.csrf, 'Accept-Language': 'fi' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  /** The answer's body when it has the expected status; fails the test naming what was being made otherwise. */
  async must(method, path, body, status = method === 'POST' ? 201 : 200) {
    const res = await this.call(method, path, body);
    assert.equal(res.status, status, `${this.username}: ${method} ${path}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
}

// --- Dates as the API has them (YYYY-MM-DD), today in Helsinki.
export function todayIso() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
}
export function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
/** The same day n months on, the month's last day when it has no such day. */
export function addMonths(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
export const isoWeekday = (iso) => ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
/** "2026-03-02" → "2.3.2026", as the UI shows and takes dates. */
export const fi = (iso) => iso.split('-').reverse().map(Number).join('.');

let serial = 0;
/** A valid test identity code (individual numbers 900–999), different on each call. */
function identityCode() {
  const n = 900 + (serial++ % 100);
  const day = 1 + (n % 28);
  const month = 1 + (n % 12);
  const year = 1980 + (n % 20);
  const number = (day * 10000 + month * 100 + (year % 100)) * 1000 + n;
  const pad = (x) => String(x).padStart(2, '0');
  return `${pad(day)}${pad(month)}${pad(year % 100)}-${n}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[number % 31]}`;
}

/**
 * A purchaser county, a host and provider association with a KTT place and a product, the agreements between
 * them, and the people: instructor and worker (social_instructor, social_worker) and manager of the county,
 * coach and manager of the association. Users sign in with helpers.mjs PASSWORD.
 */
export async function buildWorld(baseUrl, prefix = 'pe') {
  const admin = await Api.signIn(baseUrl, 'admin');
  const today = todayIso();
  const county = await admin.must('POST', '/api/v1/organisations', {
    name: 'Jaksolan hyvinvointialue', kinds: ['purchaser', 'provider'], regions: ['Jaksolan alue'],
  });
  const association = await admin.must('POST', '/api/v1/organisations', {
    name: 'Jaksolan työpajayhdistys ry', kinds: ['provider', 'host'], regions: [],
  });
  await admin.must('PUT', `/api/v1/hosts/${association.id}`, { hostType: 'association' });
  const people = {
    instructor: ['Iida Ohjaaja', 'social_instructor', county.id],
    worker: ['Veera Sosiaalityöntekijä', 'social_worker', county.id],
    manager: ['Maija Esihenkilö', 'manager', county.id],
    coach: ['Kaisa Valmentaja', 'coach', association.id],
    providerManager: ['Pirjo Toiminnanjohtaja', 'manager', association.id],
  };
  const users = {};
  for (const [key, [displayName, role, organisationId]] of Object.entries(people)) {
    const username = `${prefix}-${key.toLowerCase()}`;
    const u = await admin.must('POST', '/api/v1/users', {
      username, displayName, email: `${username}@example.invalid`, password: PASSWORD, roles: [{ organisationId, role }],
    });
    users[key] = { id: u.id, username, displayName };
  }
  const as = async (key) => Api.signIn(baseUrl, users[key].username);
  const providerManager = await as('providerManager');
  const place = await providerManager.must('POST', '/api/v1/places', {
    hostOrganisationId: association.id, name: 'Puutyöpaja', workTasks: 'Puutyöt ja korjaukset', fields: ['office'],
    municipality: 'Jaksola', streetAddress: 'Pajatie 1', capacity: 3, weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    startTime: '08:00', endTime: '15:00', supervisorName: 'Pekka Pajamestari', supervisorPhone: '044 000 0000',
    orientationChecklist: ['Työturvallisuus'], noDisplacementConfirmed: true, serviceTypes: ['ktt'],
  });
  const product = await providerManager.must('POST', '/api/v1/service-products', {
    providerOrganisationId: association.id, name: 'Paikka, tuki ja ohjaus', serviceType: 'ktt', includesPlace: true,
    includesSupport: true, includesSocialGuidance: true, periodMonthsMin: 3, periodMonthsMax: 24, daysMin: 1, daysMax: 4,
    hoursMin: 4, hoursMax: 8, minGuidanceHoursPer3Months: 6, priceCents: 4500, priceUnit: 'day',
  });
  const manager = await as('manager');
  for (const [kind, placeIds, productIds] of [['partnership', [place.id], []], ['purchase', [], [product.id]]]) {
    await manager.must('POST', '/api/v1/agreements', {
      kind, purchaserOrganisationId: county.id, partnerOrganisationId: association.id, title: kind,
      validFrom: addDays(today, -200), validUntil: addDays(today, 500), placeIds, productIds,
    });
  }
  return { baseUrl, county, association, place, product, users, as };
}

/**
 * A KTT client and case walked to implementation by the instructor and the worker, as World::case_at does: the
 * plan, the signed decision (3 days × 4 h at most), the start notices, the client agreement acknowledged by all
 * three parties, a booking of the place for the case, all from `start`; then the provider's accepted service order
 * naming the coach. The client's own worker is the instructor (absence alerts go to her).
 */
export async function caseInImplementation(world, { start, firstNames = 'Jaana', lastName = 'Jaksolainen' }) {
  const instructor = await world.as('instructor');
  const worker = await world.as('worker');
  const client = await instructor.must('POST', '/api/v1/clients', {
    firstNames, lastName, personalIdentityCode: identityCode(), municipality: 'Jaksola', ownWorkerId: world.users.instructor.id,
  });
  let c = await instructor.must('POST', '/api/v1/cases', { clientId: client.id, serviceType: 'ktt' });
  const path = `/api/v1/cases/${c.id}`;
  const step = async (who, method, tail, body) => {
    const res = await who.must(method, path + tail, { ...body, version: c.version }, 200);
    if (res && res.stage && res.version) c = res;
  };
  await step(instructor, 'PUT', '/referral', { source: 'client_self', orderText: 'Asiakas hakeutui itse', date: addDays(start, -40) });
  await step(instructor, 'POST', '/transitions', { to: 'assessment' });
  await step(worker, 'PUT', '/assessment', { criteria: 'Pitkäaikaistyöttömyys', outcome: 'service_needed', date: addDays(start, -30) });
  await step(worker, 'POST', '/transitions', { to: 'plan' });
  await step(worker, 'PUT', '/plan', {
    kind: 'activation_plan', date: addDays(start, -20), tasksAndPlace: 'Puutyöt', hoursPerDay: 4, daysPerWeek: 3,
    startDate: start, lengthMonths: 6, goal: 'Työelämävalmiuksien vahvistaminen', supportAndGuidance: 'Valmentaja viikoittain',
    evaluationDate: addMonths(start, 3),
  });
  await step(worker, 'POST', '/transitions', { to: 'start' });
  const decision = await worker.must('POST', `${path}/decisions`, {
    startDate: start, endDate: addDays(addMonths(start, 6), -1), daysPerWeekMax: 3, hoursPerDayMax: 4, decisionDate: start,
  });
  await worker.must('POST', `/api/v1/decisions/${decision.id}/sign`, { version: decision.version }, 200);
  for (const [kind, recipient] of [['shop_steward', 'Pääluottamusmies'], ['employment_authority_start', 'Työllisyyspalvelut']]) {
    await instructor.must('POST', `${path}/notices`, {
      kind, sentOn: start, recipient, startDate: start, lengthMonths: 6, place: 'Puutyöpaja', hoursPerDay: 4, daysPerWeek: 3,
    });
  }
  const agreement = await instructor.must('POST', '/api/v1/client-agreements', {
    clientId: client.id, placeId: world.place.id, startDate: start, endDate: addMonths(start, 6), daysPerWeek: 3, hoursPerDay: 4,
    tasks: 'Puutyöt', responsiblePersons: world.users.instructor.displayName,
  });
  const acks = `/api/v1/client-agreements/${agreement.id}/acknowledgements`;
  await instructor.must('POST', acks, { party: 'client', name: `${firstNames} ${lastName}`, method: 'in_person' });
  await instructor.must('POST', acks, { party: 'purchaser' });
  await (await world.as('providerManager')).must('POST', acks, { party: 'host' });
  const booking = await instructor.must('POST', '/api/v1/bookings', {
    placeId: world.place.id, clientId: client.id, caseId: c.id, startDate: start, endDate: addMonths(start, 6),
  });
  c = await instructor.must('GET', path);
  await step(instructor, 'POST', '/transitions', { to: 'implementation' });
  assert.equal(c.stage, 'implementation');
  const order = await instructor.must('POST', '/api/v1/service-orders', {
    clientId: client.id, productId: world.product.id, placeId: world.place.id, caseId: c.id, startDate: start,
    periodMonths: 6, daysPerWeek: 3, hoursPerDay: 4,
  });
  await (await world.as('providerManager')).must('PUT', `/api/v1/service-orders/${order.id}/response`, {
    status: 'accepted', coachUserId: world.users.coach.id,
  });
  return { client, case: c, booking, agreement };
}
