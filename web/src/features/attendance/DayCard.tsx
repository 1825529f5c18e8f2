import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { todayIso } from '../../shared/format';
import { mark } from './markSync';
import type { AttendanceDay, AttendanceMark, QueuedMark } from './offlineStore';
import { hoursText, REASONS, STATUSES, type Status } from './words';
import { PhoneForm } from './PhoneForm';

// Opened on demand: not part of the first screen's code.
const ObservationForm = lazy(() => import('./CardExtras').then((m) => ({ default: m.ObservationForm })));
const Orientation = lazy(() => import('./CardExtras').then((m) => ({ default: m.Orientation })));

type Props = { item: AttendanceDay; queued: QueuedMark | undefined };

/**
 * One client's day: one tap for present with the schedule's hours, or an absence; what was marked, and a change of it
 * (the hours, another status, and why when the day is past). Large targets for one hand on a phone.
 */
export function DayCard({ item, queued }: Props) {
  const { t } = useTranslation('attendance');
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [extra, setExtra] = useState<'' | 'observation' | 'orientation'>('');
  const toggle = (which: 'observation' | 'orientation') => setExtra(extra === which ? '' : which);
  const shown = queued ? queued.body : item.record;
  const id = `day-${item.periodId}-${item.date}`;

  const send = async (body: AttendanceMark) => {
    const version = item.record?.version;
    await mark(item.periodId, item.date, item.clientName, version ? { ...body, version } : body);
    setEditing(false);
    await qc.invalidateQueries({ queryKey: ['attendance'] });
  };

  return (
    <li className="at-card" aria-labelledby={`${id}-name`}>
      <p className="at-name" id={`${id}-name`}>
        {item.clientName}
      </p>
      <p className="at-expected">
        {t('card.expected', { hours: hoursText(item.expectedMinutes) })}
        {item.movedFrom ? ` · ${t('card.moved')}` : ''}
      </p>
      {shown ? (
        <p className="at-state" id={`${id}-state`}>
          <span aria-hidden="true">{shown.status === 'present' ? '✓ ' : '• '}</span>
          {t(`status.${shown.status}`)}
          {shown.status === 'present' ? ` ${hoursText(shown.minutes ?? 0)}` : ''}
          {shown.absenceReason ? ` (${t(`reason.${shown.absenceReason}`)})` : ''}
          {queued?.state === 'pending' ? <span className="at-pending"> · {t('card.pending')}</span> : null}
        </p>
      ) : null}
      {!shown && !editing ? (
        <div className="at-actions">
          <button type="button" className="at-button at-primary" onClick={() => void send({ status: 'present', minutes: item.expectedMinutes })}>
            {t('card.present', { hours: hoursText(item.expectedMinutes) })}
          </button>
          <button type="button" className="at-button" onClick={() => setEditing(true)} aria-expanded={false}>
            {t('card.other')}
          </button>
        </div>
      ) : null}
      {shown && !editing ? (
        <button type="button" className="at-button at-link" onClick={() => setEditing(true)} aria-describedby={`${id}-state`}>
          {t('card.change')}
        </button>
      ) : null}
      <div className="at-actions">
        <button type="button" className="at-button at-link" aria-expanded={extra === 'observation'} onClick={() => toggle('observation')}>
          {t('observation.open')}
        </button>
        <button type="button" className="at-button at-link" aria-expanded={extra === 'orientation'} onClick={() => toggle('orientation')}>
          {t('orientation.open')}
        </button>
      </div>
      <Suspense fallback={null}>
        {extra === 'observation' ? (
          <ObservationForm id={id} periodId={item.periodId} date={item.date} onDone={() => setExtra('')} />
        ) : null}
        {extra === 'orientation' ? <Orientation id={id} periodId={item.periodId} /> : null}
      </Suspense>
      {editing ? (
        <MarkForm
          id={id}
          item={item}
          initial={shown ?? null}
          needsWhy={Boolean(item.record) && item.date < todayIso()}
          onCancel={() => setEditing(false)}
          onSave={send}
        />
      ) : null}
    </li>
  );
}

type FormProps = {
  id: string;
  item: AttendanceDay;
  initial: { status: string; absenceReason?: string | null; minutes?: number } | null;
  needsWhy: boolean;
  onCancel: () => void;
  onSave: (body: AttendanceMark) => Promise<void>;
};

function MarkForm({ id, item, initial, needsWhy, onCancel, onSave }: FormProps) {
  const { t } = useTranslation('attendance');
  const [status, setStatus] = useState<Status>((initial?.status as Status) ?? 'present');
  const [reason, setReason] = useState(initial?.absenceReason ?? '');
  const [hours, setHours] = useState(String(((initial?.minutes || item.expectedMinutes) / 60).toString().replace('.', ',')));
  const [why, setWhy] = useState('');
  const [problem, setProblem] = useState('');

  const submit = async () => {
    const minutes = Math.round(Number(hours.replace(',', '.')) * 60);
    if (status === 'present' && !(minutes > 0 && minutes <= 24 * 60)) return setProblem(t('form.hoursInvalid'));
    if (status === 'absent_with_notice' && !reason) return setProblem(t('form.reasonRequired'));
    if (needsWhy && !why.trim()) return setProblem(t('form.whyRequired'));
    setProblem('');
    await onSave({
      status,
      ...(status === 'present' ? { minutes } : {}),
      ...(status === 'absent_with_notice' ? { absenceReason: reason as AttendanceMark['absenceReason'] } : {}),
      ...(needsWhy ? { why: why.trim() } : {}),
    });
  };

  return (
    <PhoneForm onSubmit={() => void submit()} onCancel={onCancel} saveText={t('form.save')} problem={problem}>
      <fieldset>
        <legend>{t('form.legend', { name: item.clientName })}</legend>
        {STATUSES.map((s) => (
          <label key={s} className="at-choice">
            <input type="radio" name={`${id}-status`} value={s} checked={status === s} onChange={() => setStatus(s)} />
            {t(`status.${s}`)}
          </label>
        ))}
      </fieldset>
      {status === 'present' ? (
        <label className="at-field">
          {t('form.hours')}
          <input inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} id={`${id}-hours`} />
        </label>
      ) : null}
      {status === 'absent_with_notice' ? (
        <label className="at-field">
          {t('form.reason')}
          <select value={reason} onChange={(e) => setReason(e.target.value)} id={`${id}-reason`}>
            <option value="">{t('form.choose')}</option>
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`reason.${r}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {needsWhy ? (
        <label className="at-field">
          {t('form.why')}
          <textarea value={why} onChange={(e) => setWhy(e.target.value)} rows={2} id={`${id}-why`} />
        </label>
      ) : null}
    </PhoneForm>
  );
}
