// The days whose absence notices are shown (`?from=&to=`, ISO dates): the last eight weeks unless chosen.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { addDays } from '../../shared/calendar';
import { DateField } from '../../shared/DateField';
import { formatDate, parseDate, todayIso } from '../../shared/format';
import type { DayRange } from './api';

/** The server's default: the eight weeks up to today. */
export const defaultNoticeRange = (): DayRange => {
  const today = todayIso();
  return { from: addDays(today, -56), to: today };
};

/** The range in the URL, each end the default's when not given (as the server takes it); null for none at all. */
export function noticeRangeOf(params: URLSearchParams): DayRange | null {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return null;
  const d = defaultNoticeRange();
  return { from: from ?? d.from, to: to ?? d.to };
}

/**
 * "Alkaen – Päättyen – Näytä": a date that is no date, or an end before the start, is explained at its field before
 * anything is asked; what the server refuses (`serverErrors`, e.g. more than a year) shows at its field too. The
 * typed dates stay. Remount it (a key) when the range in the URL changes.
 */
export function NoticeRange({
  shown,
  serverErrors,
  onApply,
}: {
  shown: DayRange;
  serverErrors: Record<string, string>;
  onApply: (range: DayRange) => void;
}) {
  const { t } = useTranslation('compensation');
  const [from, setFrom] = useState(formatDate(shown.from));
  const [to, setTo] = useState(formatDate(shown.to));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shownErrors = Object.keys(errors).length ? errors : serverErrors;
  const status = (field: 'from' | 'to') =>
    shownErrors[field] ? ({ status: 'error', statusText: shownErrors[field] } as const) : ({ status: 'default' } as const);

  function submit(e: FormEvent) {
    e.preventDefault();
    const f = parseDate(from);
    const tt = parseDate(to);
    const found: Record<string, string> = {};
    if (f === null) found.from = t('translation:validation.date');
    if (tt === null) found.to = t('translation:validation.date');
    if (f !== null && tt !== null && tt < f) found.to = t('notices.range.toBeforeFrom');
    setErrors(found);
    if (f === null || tt === null || found.to) {
      document.getElementById(found.from ? 'notices-from' : 'notices-to')?.focus();
      return;
    }
    onApply({ from: f, to: tt });
  }

  return (
    <form role="search" aria-labelledby="notices-range-heading" onSubmit={submit} noValidate id="notices-range" className="cm-range">
      <h2 id="notices-range-heading" className="visually-hidden">
        {t('notices.range.heading')}
      </h2>
      <p className="cm-range__hint" id="notices-range-hint">
        {t('notices.range.hint')}
      </p>
      <div className="cm-range__fields">
        <div className="cm-range__field">
          <DateField
            id="notices-from"
            labelText={t('notices.range.from')}
            value={from}
            onChange={({ value }) => setFrom(value)}
            fullWidth
            {...status('from')}
          />
        </div>
        <div className="cm-range__field">
          <DateField
            id="notices-to"
            labelText={t('notices.range.to')}
            value={to}
            onChange={({ value }) => setTo(value)}
            fullWidth
            {...status('to')}
          />
        </div>
      </div>
      <Button type="submit" variant="secondary" id="notices-range-show">
        {t('notices.range.show')}
      </Button>
    </form>
  );
}
