import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { formatDate, todayIso } from '../../shared/format';
import type { Period } from './api';
import { BreakEndForm, BreakForm } from './BreakForm';
import { DayMoveForm } from './DayMoveForm';
import { PeriodAttendance } from './PeriodAttendance';
import { stepInWords } from './schedule';
import { StepForm } from './StepForm';
import { ClientCalendarLink } from './ClientCalendarLink';
import GuidanceSection from '../guidance/GuidanceSection';
import { dayInWords } from './words';
import { Certificate } from './Certificate';

/** One period: its dates, place, coach, schedule steps and moved days in words, its actions, guidance and attendance. */
type Action = 'step' | 'move' | 'break' | `end-${number}`;

export function PeriodItem({
  period: p,
  mayChange,
  mayCertify,
  clientLanguage,
}: {
  period: Period;
  mayChange: boolean;
  /** May issue a certificate of participation (those who plan the period, in any stage of the case). */
  mayCertify: boolean;
  clientLanguage: string | null | undefined;
}) {
  const { t } = useTranslation('periods');
  // A form open: a schedule change, a day moved, a new break, or the end of break n.
  const [open, setOpen] = useState<Action | null>(null);
  const [done, setDone] = useState<Action | null>(null);
  const idp = `period-${p.id}`;
  const today = todayIso();
  const running = p.endDate >= today;
  const toggle = (what: Action) => {
    setDone(null);
    setOpen((o) => (o === what ? null : what));
  };
  const finish = (what: Action) => {
    setOpen(null);
    setDone(what);
  };
  const saved: Record<string, string> = { step: t('step.saved'), move: t('move.saved'), break: t('break.saved') };
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
        {p.breaks.length ? (
          <>
            <dt>{t('list.breaks')}</dt>
            <dd>
              <ul className="pl-plain-list" id={`${idp}-breaks`}>
                {p.breaks.map((b) => (
                  <li key={b.id} id={`${idp}-break-${b.id}`}>
                    {t(b.reason ? 'list.break' : 'list.breakNoReason', {
                      from: formatDate(b.from),
                      to: formatDate(b.to),
                      reason: b.reason,
                    })}{' '}
                    {mayChange && b.to >= today ? (
                      <Button
                        variant="secondaryNoBorder"
                        id={`${idp}-end-break-${b.id}`}
                        aria-expanded={open === `end-${b.id}`}
                        onClick={() => toggle(`end-${b.id}`)}
                      >
                        {t(b.from > today ? 'break.openCancel' : 'break.openEnd')}
                      </Button>
                    ) : null}
                    {open === `end-${b.id}` ? (
                      <BreakEndForm
                        period={p}
                        pause={b}
                        onDone={() => finish(`end-${b.id}`)}
                        onCancel={() => setOpen(null)}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p role="status" aria-live="polite" className="saved-text" id={`${idp}-status`}>
        {done === null ? '' : done.startsWith('end-') ? t('break.ended') : saved[done]}
      </p>
      {mayChange && running ? (
        <div className="form-actions">
          <Button variant="secondary" id={`${idp}-change-schedule`} aria-expanded={open === 'step'} onClick={() => toggle('step')}>
            {t('step.open')}
          </Button>
          <Button variant="secondary" id={`${idp}-move-day`} aria-expanded={open === 'move'} onClick={() => toggle('move')}>
            {t('move.open')}
          </Button>
          <Button variant="secondary" id={`${idp}-add-break`} aria-expanded={open === 'break'} onClick={() => toggle('break')}>
            {t('break.open')}
          </Button>
        </div>
      ) : null}
      {open === 'step' ? <StepForm period={p} onDone={() => finish('step')} onCancel={() => setOpen(null)} /> : null}
      {open === 'move' ? <DayMoveForm period={p} onDone={() => finish('move')} onCancel={() => setOpen(null)} /> : null}
      {open === 'break' ? <BreakForm period={p} onDone={() => finish('break')} onCancel={() => setOpen(null)} /> : null}
      {mayChange && running ? <ClientCalendarLink periodId={p.id} idp={idp} /> : null}
      {mayCertify && p.startDate <= today ? <Certificate period={p} clientLanguage={clientLanguage} /> : null}
      <GuidanceSection periodId={p.id} />
      <PeriodAttendance period={p} />
    </li>
  );
}
