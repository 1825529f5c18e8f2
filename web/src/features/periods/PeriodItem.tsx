import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { formatDate, todayIso } from '../../shared/format';
import type { Period } from './api';
import { DayMoveForm } from './DayMoveForm';
import { PeriodAttendance } from './PeriodAttendance';
import { stepInWords } from './schedule';
import { StepForm } from './StepForm';
import { ClientCalendarLink } from './ClientCalendarLink';
import GuidanceSection from '../guidance/GuidanceSection';
import { dayInWords } from './words';

/** One period: its dates, place, coach, schedule steps and moved days in words, its actions, guidance and attendance. */
export function PeriodItem({ period: p, mayChange }: { period: Period; mayChange: boolean }) {
  const { t } = useTranslation('periods');
  const [open, setOpen] = useState<'step' | 'move' | null>(null);
  const [done, setDone] = useState<'step' | 'move' | null>(null);
  const idp = `period-${p.id}`;
  const running = p.endDate >= todayIso();
  const toggle = (what: 'step' | 'move') => {
    setDone(null);
    setOpen((o) => (o === what ? null : what));
  };
  const finish = (what: 'step' | 'move') => {
    setOpen(null);
    setDone(what);
  };
  return (
    <li className="pe-period" id={idp}>
      <Heading variant="h3" mb="xs" id={`${idp}-heading`}>
        {t('list.title', { start: formatDate(p.startDate), end: formatDate(p.endDate), place: p.placeName })}
      </Heading>
      <dl className="details-list">
        <dt>{t('list.place')}</dt>
        <dd>{p.placeName}</dd>
        <dt>{t('list.coach')}</dt>
        <dd id={`${idp}-coach`}>{p.coachName ?? t('list.noCoach')}</dd>
        <dt>{t('list.schedule')}</dt>
        <dd>
          <ul className="pl-plain-list" id={`${idp}-steps`}>
            {p.steps.map((s) => (
              <li key={s.from}>{stepInWords(s, t)}</li>
            ))}
          </ul>
        </dd>
        {p.moves.length ? (
          <>
            <dt>{t('list.moves')}</dt>
            <dd>
              <ul className="pl-plain-list" id={`${idp}-moves`}>
                {p.moves.map((m) => (
                  <li key={m.fromDay}>
                    {t('list.move', { from: dayInWords(t, m.fromDay), to: dayInWords(t, m.toDay), reason: m.reason })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p role="status" aria-live="polite" className="saved-text" id={`${idp}-status`}>
        {done === 'step' ? t('step.saved') : done === 'move' ? t('move.saved') : ''}
      </p>
      {mayChange && running ? (
        <div className="form-actions">
          <Button variant="secondary" id={`${idp}-change-schedule`} aria-expanded={open === 'step'} onClick={() => toggle('step')}>
            {t('step.open')}
          </Button>
          <Button variant="secondary" id={`${idp}-move-day`} aria-expanded={open === 'move'} onClick={() => toggle('move')}>
            {t('move.open')}
          </Button>
        </div>
      ) : null}
      {open === 'step' ? <StepForm period={p} onDone={() => finish('step')} onCancel={() => setOpen(null)} /> : null}
      {open === 'move' ? <DayMoveForm period={p} onDone={() => finish('move')} onCancel={() => setOpen(null)} /> : null}
      {mayChange && running ? <ClientCalendarLink periodId={p.id} idp={idp} /> : null}
      <GuidanceSection periodId={p.id} />
      <PeriodAttendance period={p} />
    </li>
  );
}
