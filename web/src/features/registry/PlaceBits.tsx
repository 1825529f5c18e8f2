import { useTranslation } from 'react-i18next';
import { IconCheck, IconClose } from 'suomifi-icons';
import type { MatchReason, Place, PlaceStatus } from './api';
import { showTime } from '../../shared/format';

export function PlaceStatusTag({ status }: { status: PlaceStatus }) {
  const { t } = useTranslation('placements');
  return <span className={`pl-status pl-status--${status}`}>{t(`status.${status}`)}</span>;
}

/** The match reasons as a list: each says in words whether it is met (not by colour or icon alone). */
export function ReasonList({ reasons, id }: { reasons: MatchReason[]; id?: string }) {
  const { t } = useTranslation('placements');
  return (
    <ul className="pl-reasons" id={id}>
      {reasons.map((r) => (
        <li key={r.code} className={r.met ? 'pl-reason pl-reason--met' : 'pl-reason pl-reason--unmet'} data-code={r.code}>
          {r.met ? <IconCheck aria-hidden="true" /> : <IconClose aria-hidden="true" />}
          <span>
            <span className="pl-reason__state">{r.met ? t('reason.met') : t('reason.notMet')}: </span>
            {t(`reason.${r.code}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The place's days and hours as one line, e.g. "ma–pe 8.00–15.00". */
export function daysAndHours(p: Pick<Place, 'weekdays' | 'startTime' | 'endTime'>, t: (k: string) => string) {
  return `${p.weekdays.map((d) => t(`weekdayShort.${d}`)).join(' ')} ${showTime(p.startTime)}–${showTime(p.endTime)}`;
}
