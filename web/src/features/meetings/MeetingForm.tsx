// Scheduling a meeting, or changing a scheduled one: the day and time (Helsinki), how long, where, the agenda and who
// is invited (the case's parties as checkboxes, close persons and others by name with an optional address). What was
// typed stays when the server refuses it, with the server's message at each field; on a stale version the list is
// read again and the form saves on the version read.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Dropdown, DropdownItem, Textarea, TextInput } from 'suomifi-ui-components';
import { IconPlus, IconRemove } from 'suomifi-icons';
import { ApiError, isStaleVersion } from '../../shared/api/client';
import { DateField } from '../../shared/DateField';
import { ErrorNotice } from '../../shared/common';
import { formatDate, parseDate, showTime, toHhMm } from '../../shared/format';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary } from '../../shared/versionedForm';
import {
  useChangeMeeting,
  useReloadMeetings,
  useScheduleMeeting,
  type Meeting,
  type MeetingCandidate,
  type MeetingParticipantInput,
  type MeetingRole,
} from './api';
import { FormHeading, StaleNotice, labelled } from './formParts';
import { DURATIONS, dayOf, durationText, nowLocal, timeOf } from './words';

type NamedRole = Extract<MeetingRole, 'close_person' | 'other'>;
interface Named {
  key: number;
  role: NamedRole;
  name: string;
  email: string;
}
interface FormState {
  date: string;
  time: string;
  minutes: string;
  location: string;
  agenda: string;
  /** The chosen parties of the case, by keyOf. */
  chosen: string[];
  named: Named[];
}
type Party = Pick<MeetingCandidate, 'role' | 'userId' | 'name' | 'hasEmail'>;

const keyOf = (p: Pick<Party, 'role' | 'userId'>) => (p.role === 'client' ? 'client' : `${p.role}-${p.userId ?? 0}`);
const isNamed = (role: MeetingRole): role is NamedRole => role === 'close_person' || role === 'other';

function initial(meeting: Meeting | null, candidates: readonly Party[]): FormState {
  if (!meeting)
    return {
      date: '',
      time: '',
      minutes: '60',
      location: '',
      agenda: '',
      chosen: candidates.filter((c) => c.role === 'client' || c.role === 'own_worker').map(keyOf),
      named: [],
    };
  return {
    date: formatDate(dayOf(meeting.startsAt)),
    time: showTime(timeOf(meeting.startsAt)),
    minutes: String(meeting.minutes),
    location: meeting.location,
    agenda: meeting.agenda,
    chosen: meeting.participants.filter((p) => !isNamed(p.role)).map(keyOf),
    named: meeting.participants
      .filter((p) => isNamed(p.role))
      .map((p, i) => ({ key: i + 1, role: p.role as NamedRole, name: p.name, email: p.email ?? '' })),
  };
}

const TIME = /^(\d{1,2})[.:](\d{2})$/;
const validTime = (s: string) => {
  const m = TIME.exec(s.trim());
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60;
};

export function MeetingForm({
  caseId,
  idp,
  meeting,
  candidates,
  onDone,
}: {
  caseId: number;
  idp: string;
  /** The meeting changed, as last read (its version is the one saved on); null for a new one. */
  meeting: Meeting | null;
  candidates: readonly MeetingCandidate[];
  /** After a save (the meeting saved) or when the user closes the form (null). */
  onDone: (saved: Meeting | null) => void;
}) {
  const { t } = useTranslation('meetings');
  // The parties to choose from: the case's now, and those a meeting being changed already has.
  const parties = useMemo<Party[]>(() => {
    const out: Party[] = [...candidates];
    for (const p of meeting?.participants ?? []) if (!isNamed(p.role) && !out.some((c) => keyOf(c) === keyOf(p))) out.push(p);
    return out;
  }, [candidates, meeting]);
  const [start] = useState(() => initial(meeting, parties));
  const [s, setS] = useState<FormState>(start);
  const set = (patch: Partial<FormState>) => setS((old) => ({ ...old, ...patch }));
  const nextKey = useRef(s.named.length + 1);
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);
  const errors = useServerErrors();
  const [stale, setStale] = useState(false);
  const reload = useReloadMeetings(caseId);
  const leave = useLeaveGuard(JSON.stringify(s) !== JSON.stringify(start));
  const schedule = useScheduleMeeting(caseId);
  const change = useChangeMeeting(caseId);
  const saving = schedule.isPending || change.isPending;

  const chosenParties = parties.filter((p) => s.chosen.includes(keyOf(p)));
  const partyId = (p: Party) => `${idp}-party-${keyOf(p)}`;
  const namedId = (x: Named) => `${idp}-named-${x.key}`;
  const namedLegend = (x: Named) => t(`form.${x.role}N`, { n: s.named.filter((y) => y.role === x.role).indexOf(x) + 1 });

  /** The server's participants[i].field as the form's own field: the i-th party chosen, then the named ones in order. */
  function localField(field: string, sent: { parties: Party[]; named: Named[] }): string {
    const m = /^participants\[(\d+)\]\.(\w+)$/.exec(field);
    if (field === 'startsAt') return 'date';
    if (!m) return field;
    const i = Number(m[1]);
    if (i < sent.parties.length) return 'participants';
    const x = sent.named[i - sent.parties.length];
    if (!x) return 'participants';
    return m[2] === 'email' ? `named-${x.key}-email` : `named-${x.key}-name`;
  }

  function submit() {
    const found: Record<string, string> = {};
    if (!s.date.trim()) found.date = t('translation:validation.required');
    else if (!parseDate(s.date)) found.date = t('translation:validation.date');
    if (!s.time.trim()) found.time = t('translation:validation.required');
    else if (!validTime(s.time)) found.time = t('form.timeFormat');
    if (!chosenParties.length && !s.named.length) found.participants = t('form.participantsRequired');
    if (Object.keys(found).length) return errors.refuse(found);
    const sent = { parties: chosenParties, named: s.named };
    const participants: MeetingParticipantInput[] = [
      ...sent.parties.map((p) => (p.role === 'client' ? { role: p.role } : { role: p.role, userId: p.userId ?? undefined })),
      ...sent.named.map((x) => ({ role: x.role, name: x.name.trim(), ...(x.email.trim() ? { email: x.email.trim() } : {}) })),
    ];
    const body = {
      startsAt: `${parseDate(s.date)}T${toHhMm(s.time).padStart(5, '0')}`,
      minutes: Number(s.minutes),
      location: s.location.trim(),
      agenda: s.agenda.trim(),
      participants,
    };
    const failed = (e: unknown) => {
      if (e instanceof ApiError && e.status === 422 && (e.problem?.errors?.length ?? 0) > 0) {
        const mapped: Record<string, string> = {};
        for (const [f, message] of Object.entries(e.fieldErrors())) {
          const local = localField(f, sent);
          mapped[local] = mapped[local] && local === 'participants' ? `${mapped[local]} ${message}` : (mapped[local] ?? message);
        }
        errors.refuse(mapped);
      } else {
        errors.take(e);
      }
      setStale(isStaleVersion(e));
      if (isStaleVersion(e)) void reload();
    };
    const done = (m: Meeting) => {
      leave.release();
      errors.clear();
      onDone(m);
    };
    errors.clear();
    setStale(false);
    if (meeting) change.mutate({ id: meeting.id, input: { ...body, version: meeting.version } }, { onSuccess: done, onError: failed });
    else schedule.mutate(body, { onSuccess: done, onError: failed });
  }

  const labels: Record<string, string> = {
    date: t('form.date'),
    time: t('form.time'),
    minutes: t('form.minutes'),
    location: t('form.location'),
    agenda: t('form.agenda'),
    participants: t('form.participants'),
  };
  const summary = Object.entries(errors.fieldErrors).map(([field, message]) => {
    const named = /^named-(\d+)-(name|email)$/.exec(field);
    const x = named ? s.named.find((y) => y.key === Number(named[1])) : undefined;
    if (x && named) return { text: labelled(`${namedLegend(x)}, ${t(`form.${named[2]}`)}`, message), inputId: `${namedId(x)}-${named[2]}` };
    const inputId =
      field === 'minutes'
        ? `${idp}-minutes_button`
        : field === 'participants'
          ? parties[0]
            ? partyId(parties[0])
            : `${idp}-add-close`
          : field in labels
            ? `${idp}-${field}`
            : `${idp}-submit`;
    return { text: labelled(labels[field], message), inputId };
  });

  const iso = parseDate(s.date);
  const past = iso !== null && validTime(s.time) && `${iso}T${toHhMm(s.time).padStart(5, '0')}` <= nowLocal();
  const headingId = `${idp}-heading`;
  const addNamed = (role: NamedRole) => {
    const x: Named = { key: nextKey.current++, role, name: '', email: '' };
    set({ named: [...s.named, x] });
    setFocusId(`${namedId(x)}-name`);
  };
  const setNamed = (key: number, patch: Partial<Named>) => set({ named: s.named.map((x) => (x.key === key ? { ...x, ...patch } : x)) });

  return (
    <form
      noValidate
      id={`${idp}-form`}
      className="me-form stack"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <FormHeading id={headingId} text={meeting ? t('form.changeHeading') : t('form.newHeading')} variant={meeting ? 'h5' : 'h3'} />
      {stale ? <StaleNotice id={`${idp}-stale`} /> : null}
      {errors.other && !stale ? <ErrorNotice error={errors.other} /> : null}
      <FieldErrorSummary
        id={`${idp}-errors`}
        heading={t('translation:validation.summaryHeading', { count: summary.length })}
        headingVariant={meeting ? 'h5' : 'h4'}
        headingRef={errors.summaryRef}
        items={summary}
      />
      <div className="me-when">
        <DateField id={`${idp}-date`} labelText={t('form.date')} value={s.date} onChange={({ value }) => set({ date: value })} {...errors.statusOf('date')} />
        <TextInput
          id={`${idp}-time`}
          labelText={t('form.time')}
          hintText={t('form.timeHint')}
          inputMode="decimal"
          autoComplete="off"
          value={s.time}
          onChange={(v) => set({ time: String(v ?? '') })}
          {...errors.statusOf('time')}
        />
        <Dropdown id={`${idp}-minutes`} labelText={t('form.minutes')} value={s.minutes} onChange={(v) => set({ minutes: v })} {...errors.statusOf('minutes')}>
          {DURATIONS.map((d) => (
            <DropdownItem key={d} value={String(d)}>
              {durationText(d)}
            </DropdownItem>
          ))}
        </Dropdown>
      </div>
      {past ? (
        <p className="me-note" id={`${idp}-past`}>
          {t('form.past')}
        </p>
      ) : null}
      <TextInput
        id={`${idp}-location`}
        labelText={t('form.location')}
        hintText={t('form.locationHint')}
        value={s.location}
        onChange={(v) => set({ location: String(v ?? '') })}
        maxLength={200}
        fullWidth
        {...errors.statusOf('location')}
      />
      <Textarea
        id={`${idp}-agenda`}
        labelText={t('form.agenda')}
        optionalText={t('translation:common.optional')}
        value={s.agenda}
        onChange={(e) => set({ agenda: e.target.value })}
        maxLength={2000}
        fullWidth
        {...errors.statusOf('agenda')}
      />
      <CheckboxGroup
        id={`${idp}-participants`}
        labelText={t('form.participants')}
        groupHintText={t('form.participantsHint')}
        groupStatus={errors.fieldErrors.participants ? 'error' : 'default'}
        groupStatusText={errors.fieldErrors.participants}
      >
        {parties.map((p) => (
          <Checkbox
            key={keyOf(p)}
            id={partyId(p)}
            checked={s.chosen.includes(keyOf(p))}
            hintText={p.hasEmail ? t('invite.email') : t('invite.none')}
            onClick={({ checkboxState }) => {
              const k = keyOf(p);
              set({ chosen: checkboxState ? [...s.chosen.filter((x) => x !== k), k] : s.chosen.filter((x) => x !== k) });
            }}
          >
            {`${p.name}, ${t(`role.${p.role}`)}`}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <div className="me-named-list" id={`${idp}-named`}>
        {s.named.map((x) => {
          const legend = namedLegend(x);
          return (
            <fieldset className="plain-fieldset me-named" key={x.key} id={namedId(x)}>
              <legend>{legend}</legend>
              <div className="me-named-fields">
                <TextInput
                  id={`${namedId(x)}-name`}
                  labelText={t('form.name')}
                  value={x.name}
                  onChange={(v) => setNamed(x.key, { name: String(v ?? '') })}
                  maxLength={200}
                  fullWidth
                  {...errors.statusOf(`named-${x.key}-name`)}
                />
                <TextInput
                  id={`${namedId(x)}-email`}
                  labelText={t('form.email')}
                  optionalText={t('translation:common.optional')}
                  hintText={t('form.emailHint')}
                  type="email"
                  autoComplete="off"
                  value={x.email}
                  onChange={(v) => setNamed(x.key, { email: String(v ?? '') })}
                  maxLength={254}
                  fullWidth
                  {...errors.statusOf(`named-${x.key}-email`)}
                />
              </div>
              <Button
                variant="secondaryNoBorder"
                icon={<IconRemove />}
                id={`${namedId(x)}-remove`}
                onClick={() => {
                  set({ named: s.named.filter((y) => y.key !== x.key) });
                  setFocusId(`${idp}-add-${x.role === 'close_person' ? 'close' : 'other'}`);
                }}
              >
                {t('form.remove', { who: x.name.trim() || legend })}
              </Button>
            </fieldset>
          );
        })}
        <div className="form-actions me-add">
          <Button variant="secondary" icon={<IconPlus />} id={`${idp}-add-close`} onClick={() => addNamed('close_person')}>
            {t('form.addClose')}
          </Button>
          <Button variant="secondary" icon={<IconPlus />} id={`${idp}-add-other`} onClick={() => addNamed('other')}>
            {t('form.addOther')}
          </Button>
        </div>
      </div>
      <div className="form-actions">
        <Button type="submit" id={`${idp}-submit`} disabled={saving}>
          {saving ? t('translation:common.saving') : meeting ? t('form.saveChange') : t('form.save')}
        </Button>
        <Button
          variant="secondaryNoBorder"
          id={`${idp}-close`}
          onClick={() => {
            leave.release();
            onDone(null);
          }}
        >
          {t('translation:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
