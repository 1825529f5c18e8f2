#!/usr/bin/env python3
"""The world of bench/attendance.sh, made through Polku's HTTP API only (standard library, no pip).

On a database with the demo data (`polku seed-demo`): the administrator adds HOSTS host organisations, each
with a manager and SUPERVISORS placement supervisors; the hosts' managers add PLACES places among them; the
demo county's manager (mikko) signs a partnership agreement with each host; the social instructor (sanna)
registers CLIENTS clients, whose own workers are sanna and leena in turn, and walks each one's KTT case to
implementation as tests/support/fixtures.cpp `World::case_at` does (referral, assessment, plan, start, a
signed decision by leena, the start notices, a client agreement acknowledged by the client, the purchaser and
the host's manager, a booking) and plans a period of three months from the Monday two weeks ago, three days a
week of four hours, one of them the day's weekday. Cases are made PARALLEL at a time, each case's steps in
order.

Then every supervisor reads their day list (`GET /api/v1/attendance?from=DAY&to=DAY`, as their phone's start
page does) and the marks they would send are written to OUT/marks.tsv, one line per mark:
cookie, CSRF token, path, JSON body (about one in ten `absent_without_notice`, the rest present for the
expected minutes, each with its own markId as the phone app sends it).

The day is today, or the most recent weekday that is not a public holiday when today is not one (a period's
past days are markable); it is written to OUT/day.

Usage: attendance_world.py URL OUT_DIR   (sizes from the environment: CLIENTS, PLACES, HOSTS,
SUPERVISORS, PARALLEL)
"""
import datetime as dt
import http.client
import json
import os
import random
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from zoneinfo import ZoneInfo

URL, OUT = sys.argv[1], sys.argv[2]
CLIENTS = int(os.environ.get("CLIENTS", "2000"))
PLACES = int(os.environ.get("PLACES", "300"))
HOSTS = int(os.environ.get("HOSTS", "60"))
SUPERVISORS = int(os.environ.get("SUPERVISORS", "2"))  # per host
# Fewer requests at a time than the server's 8 database connections: creating a period reads the client's
# agreements through a second connection while its transaction holds SQLite's write lock, so with every
# connection taken by writers waiting for that lock both wait until the 10 s busy timeout (see docs/performance.md).
PARALLEL = int(os.environ.get("PARALLEL", "6"))
# The periods' shape (bench/compensation.sh asks for a year of two days a week): from the Monday START_WEEKS
# weeks before the day, MONTHS months long, DAYS days a week; MARKS=0 stops before the day lists.
START_WEEKS = int(os.environ.get("START_WEEKS", "2"))
MONTHS = int(os.environ.get("MONTHS", "3"))
LENGTH = max(6, MONTHS)  # the plan's, decision's, agreement's and booking's months
DAYS = int(os.environ.get("DAYS", "3"))
MARKS = os.environ.get("MARKS", "1") != "0"
PASSWORD = "polku-demo-2026"  # the demo's, src/app/demo_data.cpp; the bench's users get it too

target = urllib.parse.urlsplit(URL)
busy = []  # the requests answered 503 (database busy) and sent again
local = threading.local()


class Refused(Exception):
    pass


def connection():
    if not hasattr(local, "conn"):
        local.conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
    return local.conn


def call(user, method, path, body=None, expect=(200, 201)):
    """One request as `user` (a dict with cookie and csrf, or None) over this thread's kept-alive connection."""
    headers = {"Content-Type": "application/json", "Accept-Language": "fi"}
    if user:
        headers["Cookie"] = user["cookie"]
        headers["X-CSRF-Token"] = user["csrf"]
    data = json.dumps(body).encode() if body is not None else None
    for attempt in range(2):  # a kept-alive connection the server closed is opened again once
        conn = connection()
        began = time.monotonic()
        try:
            conn.request(method, path, body=data, headers=headers)
            res = conn.getresponse()
            text = res.read().decode()
        except (http.client.HTTPException, ConnectionError):
            conn.close()
            del local.conn
            if attempt:
                raise
            continue
        if res.status == 503 and not attempt:  # "busy, try again": as a client would, once; counted
            busy.append(f"{method} {path} after {(time.monotonic() - began) * 1000:.0f} ms")
            continue
        break
    if res.status not in expect:
        raise Refused(f"{method} {path} as {user and user['name']}: {res.status} {text[:400]}")
    return (json.loads(text) if text else {}), res


def sign_in(username):
    answer, res = call(None, "POST", "/api/v1/auth/login", {"username": username, "password": PASSWORD}, (200,))
    cookie = res.getheader("Set-Cookie").split(";")[0]
    return {"name": username, "cookie": cookie, "csrf": answer["csrfToken"], "id": answer["user"]["id"],
            "organisation": answer["user"]["roles"][0]["organisationId"]}


def iso(d):
    return d.isoformat()


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return dt.date(y, m, min(d.day, last[m - 1]))


def identity_code(n):
    """A valid henkilötunnus with an individual number 900-999 (never given to real people), unique per n < 2800."""
    day, month, year, individual = 1 + (n // 100) % 28, 3, 1955 + n // 2800, 900 + n % 100
    number = (day * 10000 + month * 100 + year % 100) * 1000 + individual
    return f"{day:02d}{month:02d}{year % 100:02d}-{individual:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[number % 31]}"


def parallel(fn, items):
    with ThreadPoolExecutor(PARALLEL) as pool:
        return list(pool.map(fn, items))


def step(label):
    now = time.monotonic()
    print(f"  {label}: {now - step.last:.1f} s", file=sys.stderr, flush=True)
    step.last = now


start = time.monotonic()
step.last = start

admin, sanna, leena, mikko = (sign_in(u) for u in ("admin", "sanna", "leena", "mikko"))
day = dt.datetime.now(ZoneInfo("Europe/Helsinki")).date()  # the server's today
holidays = {h["date"] for y in (day.year - 1, day.year)
            for h in call(sanna, "GET", f"/api/v1/public-holidays?year={y}")[0]["items"]}
while day.isoweekday() > 5 or iso(day) in holidays:
    day -= dt.timedelta(days=1)
DAY = iso(day)
with open(os.path.join(OUT, "day"), "w") as f:
    f.write(DAY + "\n")
monday = day - dt.timedelta(days=day.weekday() + 7 * START_WEEKS)
weekday = day.isoweekday()
# Three days a week (the decision's maximum), the day's weekday among them.
weekdays = ([1, 3, 5] if weekday in (1, 3, 5) else [2, 4, 5])[:DAYS]
county = mikko["organisation"]  # the demo county: the purchaser


# --- Hosts, their managers and supervisors (the administrator).
def make_host(h):
    org, _ = call(admin, "POST", "/api/v1/organisations",
                  {"name": f"Penkkityöpaikat {h:03d} ry", "kinds": ["host"], "regions": []})
    call(admin, "PUT", f"/api/v1/hosts/{org['id']}", {"hostType": "association"})
    people = [(f"bench-manager-{h}", "manager")] + [(f"bench-supervisor-{h}-{s}", "placement_supervisor")
                                                    for s in range(SUPERVISORS)]
    for username, role in people:
        call(admin, "POST", "/api/v1/users",
             {"username": username, "displayName": f"Penkki {username}", "email": f"{username}@example.invalid",
              "language": "fi", "active": True, "password": PASSWORD,
              "roles": [{"organisationId": org["id"], "role": role}]})
    return {"id": org["id"], "manager": sign_in(people[0][0]), "supervisors": [sign_in(u) for u, _ in people[1:]]}


hosts = parallel(make_host, range(HOSTS))
step(f"{HOSTS} hosts, {HOSTS * (1 + SUPERVISORS)} users signed in")

# --- Places (each host's manager); capacity enough for the clients booked there all at once.
capacity = -(-CLIENTS // PLACES)
fields = ["property_and_yard_care", "youth_work", "pet_care", "kitchen", "office", "recycling"]


def make_place(p):
    host = hosts[p % HOSTS]
    place, _ = call(host["manager"], "POST", "/api/v1/places", {
        "hostOrganisationId": host["id"], "name": f"Penkkipaikka {p:03d}", "workTasks": "Penkkitehtävät",
        "fields": [fields[p % len(fields)]], "municipality": "Järvilaakso", "streetAddress": f"Penkkitie {p}",
        "capacity": capacity, "weekdays": ["mon", "tue", "wed", "thu", "fri"], "startTime": "08:00",
        "endTime": "15:00", "supervisorName": "Penkin ohjaaja", "supervisorPhone": "040 000 0000",
        "noDisplacementConfirmed": True, "serviceTypes": ["ktt"], "status": "open"})
    return {"id": place["id"], "host": host}


places = parallel(make_place, range(PLACES))


def partnership(h):
    call(mikko, "POST", "/api/v1/agreements", {
        "kind": "partnership", "purchaserOrganisationId": county, "partnerOrganisationId": hosts[h]["id"],
        "title": "Kumppanuussopimus", "validFrom": iso(monday - dt.timedelta(days=200)),
        "validUntil": iso(monday + dt.timedelta(days=500)),
        "placeIds": [p["id"] for i, p in enumerate(places) if i % HOSTS == h], "productIds": []})


parallel(partnership, range(HOSTS))
step(f"{PLACES} places (capacity {capacity}) and {HOSTS} partnership agreements")


# --- Clients and their cases, as World::case_at with start = monday and a booking; then the period.
def make_case(n):
    place = places[n % PLACES]
    own = sanna if n % 2 == 0 else leena
    client, _ = call(sanna, "POST", "/api/v1/clients", {
        "firstNames": "Penkki", "lastName": f"Asiakas {n:04d}", "personalIdentityCode": identity_code(n),
        "municipality": "Järvilaakso", "ownWorkerId": own["id"]})
    c, _ = call(sanna, "POST", "/api/v1/cases", {"clientId": client["id"], "serviceType": "ktt"})
    path = f"/api/v1/cases/{c['id']}"

    def stage(who, method, tail, body):
        nonlocal c
        body["version"] = c["version"]
        answer, _ = call(who, method, path + tail, body)
        if "version" in answer and "stage" in answer:
            c = answer
        return answer

    stage(sanna, "PUT", "/referral",
          {"source": "client_self", "orderText": "Asiakas hakeutui itse", "date": iso(monday - dt.timedelta(40))})
    stage(sanna, "POST", "/transitions", {"to": "assessment"})
    stage(leena, "PUT", "/assessment", {"criteria": "Pitkäaikaistyöttömyys", "outcome": "service_needed",
                                        "date": iso(monday - dt.timedelta(30))})
    stage(leena, "POST", "/transitions", {"to": "plan"})
    stage(leena, "PUT", "/plan", {
        "kind": "activation_plan", "date": iso(monday - dt.timedelta(20)), "tasksAndPlace": "Penkkitehtävät",
        "hoursPerDay": 4, "daysPerWeek": 3, "startDate": iso(monday), "lengthMonths": LENGTH,
        "goal": "Työelämävalmiuksien vahvistaminen", "supportAndGuidance": "Valmentaja viikoittain",
        "evaluationDate": iso(add_months(monday, 3))})
    stage(leena, "POST", "/transitions", {"to": "start"})
    decision, _ = call(leena, "POST", path + "/decisions", {
        "startDate": iso(monday), "endDate": iso(add_months(monday, LENGTH) - dt.timedelta(1)), "daysPerWeekMax": 3,
        "hoursPerDayMax": 4, "decisionDate": iso(monday)})
    call(leena, "POST", f"/api/v1/decisions/{decision['id']}/sign", {"version": decision["version"]})
    for kind, recipient in (("shop_steward", "Pääluottamusmies"), ("employment_authority_start", "Työllisyyspalvelut")):
        call(sanna, "POST", path + "/notices", {
            "kind": kind, "sentOn": iso(monday), "recipient": recipient, "startDate": iso(monday),
            "lengthMonths": LENGTH, "place": "Penkkipaikka", "hoursPerDay": 4, "daysPerWeek": 3})
    agreement, _ = call(sanna, "POST", "/api/v1/client-agreements", {
        "clientId": client["id"], "placeId": place["id"], "startDate": iso(monday),
        "endDate": iso(add_months(monday, LENGTH)), "daysPerWeek": 3, "hoursPerDay": 4, "tasks": "Penkkitehtävät",
        "responsiblePersons": "Sanna Sosiaaliohjaaja"})
    acks = f"/api/v1/client-agreements/{agreement['id']}/acknowledgements"
    call(sanna, "POST", acks, {"party": "client", "name": "Asiakas", "method": "in_person"})
    call(sanna, "POST", acks, {"party": "purchaser"})
    call(place["host"]["manager"], "POST", acks, {"party": "host"})
    booking, _ = call(sanna, "POST", "/api/v1/bookings", {
        "placeId": place["id"], "clientId": client["id"], "caseId": c["id"], "startDate": iso(monday),
        "endDate": iso(add_months(monday, LENGTH))})
    c, _ = call(sanna, "GET", path)
    stage(sanna, "POST", "/transitions", {"to": "implementation"})
    period, _ = call(sanna, "POST", path + "/periods", {
        "bookingId": booking["id"], "startDate": iso(monday), "endDate": iso(add_months(monday, MONTHS) - dt.timedelta(1)),
        "steps": [{"from": iso(monday), "days": [{"weekday": w, "hours": 4} for w in weekdays]}]})
    return period["id"]


periods = parallel(make_case, range(CLIENTS))
step(f"{CLIENTS} clients with a case in implementation and a period "
     f"(from {iso(monday)}, weekdays {weekdays}, about 21 requests each)")
if not MARKS:
    print(f"world: {HOSTS} hosts, {PLACES} places, {CLIENTS} periods from {iso(monday)}; made in "
          f"{time.monotonic() - start:.0f} s")
    sys.exit(0)

# --- Each supervisor's day list, and the marks they send: a host's list split among its supervisors.
marks = []
list_seconds = []


def day_list(host):
    began = time.monotonic()
    items, _ = call(host["supervisors"][0], "GET", f"/api/v1/attendance?from={DAY}&to={DAY}")
    list_seconds.append(time.monotonic() - began)
    return host, items["items"]


for host, items in parallel(day_list, hosts):
    for i, d in enumerate(items):
        who = host["supervisors"][i % len(host["supervisors"])]
        absent = d["periodId"] % 10 == 0
        body = {"status": "absent_without_notice"} if absent else {"status": "present",
                                                                    "minutes": d["expectedMinutes"]}
        body["markId"] = f"bench-{d['periodId']}-{d['date']}"
        marks.append((d["periodId"], who, f"/api/v1/periods/{d['periodId']}/attendance/{d['date']}", body))
found = {m[0] for m in marks}
missing = set(periods) - found
if missing or len(marks) != CLIENTS:
    raise SystemExit(f"the day lists hold {len(marks)} marks for {CLIENTS} periods; missing e.g. {sorted(missing)[:5]}")
step(f"{HOSTS} day lists of {DAY} (slowest {max(list_seconds) * 1000:.0f} ms)")

# Interleaved so that neighbouring requests come from different supervisors and places.
random.Random(11).shuffle(marks)
with open(os.path.join(OUT, "marks.tsv"), "w") as f:
    for _, who, path, body in marks:
        f.write(f"{who['cookie']}\t{who['csrf']}\t{path}\t{json.dumps(body, separators=(',', ':'))}\n")
absent = sum(1 for m in marks if m[3]["status"] == "absent_without_notice")
if busy:
    print(f"  {len(busy)} requests answered 503 (database busy) and were sent again, e.g. {busy[:3]}", file=sys.stderr)
print(f"world: {HOSTS} hosts, {PLACES} places, {HOSTS * SUPERVISORS} supervisors, {CLIENTS} periods; "
      f"{len(marks)} marks for {DAY} ({absent} absent without notice); made in {time.monotonic() - start:.0f} s")
