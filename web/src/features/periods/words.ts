// Attendance in words: a status with its reason and hours ("paikalla 4 h", "poissa, ilmoitettu: oma sairaus").
import type { TFunction } from 'i18next';
import { formatDate, formatHours } from '../../shared/format';
import { isoWeekday } from '../../shared/calendar';

export function markInWords(
  t: TFunction<'periods'>,
  m: { status: string | null; absenceReason: string | null; minutes: number },
): string {
  if (!m.status) return t('attendance.notMarked');
  const status = t(`status.${m.status}`);
  if (m.status === 'present') return `${status} ${formatHours(m.minutes)}`;
  if (m.status === 'absent_with_notice' && m.absenceReason) return `${status}: ${t(`reason.${m.absenceReason}`)}`;
  return status;
}

/** "ti 2.3.2027". */
export const dayInWords = (t: TFunction<'periods'>, day: string): string =>
  `${t(`weekdayShort.${isoWeekday(day)}`)} ${formatDate(day)}`;
