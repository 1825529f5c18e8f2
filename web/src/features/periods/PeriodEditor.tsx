import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Dropdown, DropdownItem, Heading, Notification } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import { ApiError } from '../../shared/api/client';
import type { Case } from '../../shared/api/types';
import { ErrorNotice, Loading } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { sameValue } from '../../shared/drafts';
import { formatDate, parseDate } from '../../shared/format';
import { summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import type { Booking } from '../bookings/api';
import { registryApi } from '../registry/api';
import { periodKeys, periodsApi, type Period } from './api';
import { emptyEditor, localErrors, spotKey, spotOf, toDraft, type EditorState, type Spot } from './editorState';
import { LimitsHint } from './LimitsHint';
import { withLimit } from './limitNote';
import { ScheduleCalendar } from './ScheduleCalendar';
import { emptyWeek } from './schedule';
import { useDebounced } from './useDebounced';
import { WeekFields } from './WeekFields';

const P = 'period';

/**
 * Planning a period: the booking, the dates and the weekly schedule in steps. The server checks the draft as the
 * user types (debounced), so the limits and every broken rule show beside the fields before saving, and the calendar
 * shows the days it schedules. Saving sends the same draft; a refusal keeps everything typed.
 */
export function PeriodEditor({ c, onSaved, onCancel }: Props) {
  const { t } = useTranslation('periods');
  const bookings = useQuery({ queryKey: ['bookings', 'for-periods', c.id], queryFn: () => periodsApi.bookingsFor(c.id) });
  // The form starts once the bookings are read, so that a single booking is chosen from the start.
  if (bookings.isPending) return <Loading text={t('translation:common.loading')} />;
  if (bookings.isError) return <ErrorNotice error={bookings.error} />;
  const choices = bookings.data.items;
  return <EditorForm c={c} onSaved={onSaved} onCancel={onCancel} choices={choices} />;
}

interface Props {
  c: Case;
  onSaved: (p: Period) => void;
  onCancel: () => void;
}

function EditorForm({ c, onSaved, onCancel, choices }: Props & { choices: Booking[] }) {
  const { t } = useTranslation('periods');
  const places = useQuery({ queryKey: ['places', 'all'], queryFn: () => registryApi.listPlaces() });
  const placeName = (id: number) => places.data?.items.find((p) => p.id === id)?.name ?? t('editor.placeN', { id });
  const coaches = [...new Map(c.participants.map((p) => [p.coachUserId, p.coachName])).entries()];
  // The errors of the last refused save, shown while the form still holds what was sent.
  const [refused, setRefused] = useState<{ state: EditorState; errors: { field: string; code: string; message: string }[] } | null>(null);

  const form = useVersionedForm<Period, EditorState>({
    original: null,
    cacheKey: 'period',
    listKey: 'periods',
    load: () => Promise.reject(new Error('a new period has nothing to reload')),
    toState: () => emptyEditor(choices.length === 1 ? String(choices[0].id) : ''),
    save: (): Promise<Period> => periodsApi.create(c.id, toDraft(form.state).draft),
    check: (): Record<string, string> => localErrors(form.state, toDraft(form.state).weekdays, t, (x) => parseDate(x) !== null),
    afterError: (e: unknown): void => {
      const errors = e instanceof ApiError && e.status === 422 ? (e.problem?.errors ?? []) : [];
      setRefused(errors.length ? { state: form.state, errors } : null);
    },
    onSaved,
    // A period planned for this case, kept if the tab closes or the session ends before it is saved.
    draft: `case-${c.id}-period`,
  });
  const { state: s, setState, errors } = form;
  const { draft, weekdays } = toDraft(s);
  const settled = useDebounced(draft, 400);
  // The answer keeps the draft it is of: while the next one is asked, the last one stays on screen.
  const preview = useQuery({
    queryKey: periodKeys.preview(c.id, settled),
    queryFn: async () => ({ of: settled, ...(await periodsApi.preview(c.id, settled)) }),
    placeholderData: keepPreviousData,
  });
  const d = preview.data;
  // Before both dates are typed, most rules cannot be judged: only the limits show.
  const judged = Boolean(d && d.of.startDate && d.of.endDate);

  const messages = new Map<string, string[]>();
  const add = (spot: Spot, m: string) => {
    const k = spotKey(spot);
    const list = messages.get(k) ?? [];
    if (!list.includes(m)) messages.set(k, [...list, m]);
  };
  const local = localErrors(s, weekdays, t, (x) => parseDate(x) !== null);
  for (const [f, m] of Object.entries(local)) add(spotOf(f, weekdays), m);
  const server = (e: { field: string; code: string; message: string }) => {
    const spot = spotOf(e.field, weekdays);
    add(spot, withLimit(t, spot, e, d?.limits));
  };
  if (refused && sameValue(refused.state, s)) refused.errors.forEach(server);
  if (judged) d?.errors.forEach(server);
  const at = (spot: Spot) => messages.get(spotKey(spot)) ?? [];
  const status = (spot: Spot) => {
    const m = at(spot);
    return m.length ? { status: 'error' as const, statusText: m.join(' ') } : { status: 'default' as const };
  };
  const problems = [...messages.values()].reduce((n, m) => n + m.length, 0);

  const set = (patch: Partial<EditorState>) => setState((old) => ({ ...old, ...patch }));
  const setStep = (i: number, patch: Partial<EditorState['steps'][number]>) =>
    setState((old) => ({ ...old, steps: old.steps.map((x, k) => (k === i ? { ...x, ...patch } : x)) }));

  const summary = summaryItems(
    errors.fieldErrors,
    (f) => {
      const spot = spotOf(f, weekdays);
      if (spot.kind === 'general') return null;
      if ('step' in spot) return t('editor.stepLegend', { n: spot.step + 1 });
      return t(`editor.${spot.kind}`);
    },
    (f) => inputIdOf(spotOf(f, weekdays)),
  );

  function submit(e: FormEvent) {
    setRefused(null);
    form.submit(e);
  }

  const limitsId = `${P}-limits`;
  const general = at({ kind: 'general' });
  return (
    <form onSubmit={submit} noValidate id={`${P}-form`} aria-labelledby={`${P}-heading`} className="pe-editor">
      <Heading variant="h3" id={`${P}-heading`} mb="s">
        {t('editor.heading')}
      </Heading>
      <VersionedFormMessages
        form={form}
        summaryId={`${P}-errors`}
        summaryHeading={t('translation:validation.summaryHeading', { count: summary.length })}
        summaryLevel="h4"
        items={summary}
      >
        {general.length ? (
          <Notification status="error" headingText={t('editor.cannotPlan')} headingVariant="h4" showCloseButton={false} mb="m" id={`${P}-general`}>
            <ul className="guard-list">
              {general.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </Notification>
        ) : null}
      </VersionedFormMessages>
      <div className="pe-editor-grid">
        <div className="stack">
          <Dropdown
            id={`${P}-booking`}
            labelText={t('editor.booking')}
            hintText={choices.length === 0 ? t('editor.noBookings') : t('editor.bookingHint')}
            visualPlaceholder={t('translation:common.choose')}
            value={s.bookingId || null}
            onChange={(v) => set({ bookingId: v })}
            disabled={form.saving}
            fullWidth
            {...status({ kind: 'booking' })}
          >
            {choices.map((b) => (
              <DropdownItem key={b.id} value={String(b.id)}>
                {t('editor.bookingOption', {
                  place: placeName(b.placeId),
                  start: formatDate(b.startDate),
                  end: b.endDate ? formatDate(b.endDate) : t('editor.openEnded'),
                })}
              </DropdownItem>
            ))}
          </Dropdown>
          {coaches.length > 1 ? (
            <Dropdown
              id={`${P}-coach`}
              labelText={t('editor.coach')}
              optionalText={t('translation:common.optional')}
              visualPlaceholder={t('translation:common.choose')}
              value={s.coachUserId || null}
              onChange={(v) => set({ coachUserId: v })}
              fullWidth
              {...status({ kind: 'coach' })}
            >
              {coaches.map(([id, name]) => (
                <DropdownItem key={id} value={String(id)}>
                  {name}
                </DropdownItem>
              ))}
            </Dropdown>
          ) : coaches.length === 1 ? (
            <p id={`${P}-coach-text`}>{t('editor.coachOnly', { name: coaches[0][1] })}</p>
          ) : null}
          <div className="pe-dates">
            <DateField
              id={`${P}-start`}
              labelText={t('editor.startDate')}
              hintText={d?.limits.decision ? `${t('editor.decisionHint', { start: formatDate(d.limits.decision.startDate), end: formatDate(d.limits.decision.endDate) })} ${t('translation:common.dateHint')}` : undefined}
              value={s.startDate}
              onChange={({ value }) => set({ startDate: value })}
              disabled={form.saving}
              {...status({ kind: 'startDate' })}
            />
            <DateField
              id={`${P}-end`}
              labelText={t('editor.endDate')}
              hintText={d?.limits.serviceType ? `${t('editor.lengthHint', { min: d.limits.serviceType.periodMonthsMin, max: d.limits.serviceType.periodMonthsMax })} ${t('translation:common.dateHint')}` : undefined}
              value={s.endDate}
              onChange={({ value }) => set({ endDate: value })}
              disabled={form.saving}
              {...status({ kind: 'endDate' })}
            />
          </div>
          {s.steps.map((step, i) => (
            <div className="pe-step" key={i} id={`${P}-step-${i}`}>
              {i > 0 ? (
                <div className="row-inline">
                  <DateField
                    id={`${P}-step-${i}-from`}
                    labelText={t('editor.stepFrom', { n: i + 1 })}
                    value={step.from}
                    onChange={({ value }) => setStep(i, { from: value })}
                    {...status({ kind: 'from', step: i })}
                  />
                  <Button
                    variant="secondary"
                    id={`${P}-step-${i}-remove`}
                    onClick={() => setState((old) => ({ ...old, steps: old.steps.filter((_, k) => k !== i) }))}
                  >
                    {t('editor.removeStep', { n: i + 1 })}
                  </Button>
                </div>
              ) : null}
              <WeekFields
                idPrefix={`${P}-step-${i}`}
                legend={
                  i === 0
                    ? t('editor.firstStepLegend')
                    : t('editor.stepLegendFrom', { n: i + 1, from: parseDate(step.from) ? formatDate(parseDate(step.from)) : '…' })
                }
                days={step.days}
                onChange={(days) => setStep(i, { days })}
                groupErrors={at({ kind: 'days', step: i })}
                hoursErrors={(w) => at({ kind: 'hours', step: i, weekday: w })}
                describedBy={limitsId}
                disabled={form.saving}
              />
            </div>
          ))}
          <div>
            <Button
              variant="secondary"
              icon={<IconPlus />}
              id={`${P}-add-step`}
              onClick={() =>
                setState((old) => ({
                  ...old,
                  // The growth step starts from the week before it, for the user to raise.
                  steps: [...old.steps, { from: '', days: old.steps[old.steps.length - 1]?.days ?? emptyWeek() }],
                }))
              }
            >
              {t('editor.addStep')}
            </Button>
          </div>
        </div>
        <LimitsHint id={limitsId} limits={d?.limits} />
      </div>
      {/* The check failed (no connection, say): saving still gets the server's answer. */}
      {preview.isError ? <ErrorNotice error={preview.error} heading={t('editor.checkFailed')} /> : null}
      <p role="status" aria-live="polite" id={`${P}-check`} className="pe-check">
        {judged && d ? (problems ? t('editor.problems', { count: problems }) : t('editor.fits', { count: d.scheduledDays.length })) : ''}
      </p>
      {judged && d && parseDate(d.of.startDate) && parseDate(d.of.endDate) && d.of.startDate <= d.of.endDate ? (
        <ScheduleCalendar
          id={`${P}-calendar`}
          startDate={d.of.startDate}
          endDate={d.of.endDate}
          scheduledDays={d.scheduledDays}
          steps={d.of.steps}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" id={`${P}-submit`} disabled={form.saving}>
          {form.saving ? t('translation:common.saving') : t('editor.save')}
        </Button>
        <Button variant="secondary" id={`${P}-cancel`} onClick={onCancel}>
          {t('translation:common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The input a summary item moves the focus to. */
function inputIdOf(spot: Spot): string {
  switch (spot.kind) {
    case 'booking':
      return `${P}-booking_button`;
    case 'coach':
      return `${P}-coach_button`;
    case 'startDate':
      return `${P}-start`;
    case 'endDate':
      return `${P}-end`;
    case 'from':
      return `${P}-step-${spot.step}-from`;
    case 'hours':
      return `${P}-step-${spot.step}-hours-${spot.weekday}`;
    case 'days':
      return `${P}-step-${spot.step}-day-1`;
    default:
      return `${P}-submit`;
  }
}
