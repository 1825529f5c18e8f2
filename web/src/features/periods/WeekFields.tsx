import { useTranslation } from 'react-i18next';
import { Checkbox, TextInput } from 'suomifi-ui-components';
import { WEEKDAYS, type DayState } from './schedule';

/**
 * One week's schedule: for each weekday a checkbox and, when checked, its hours. A fieldset with its legend, so a
 * screen reader hears which step a day belongs to; `describedBy` points at the limits shown beside it.
 */
export function WeekFields({
  idPrefix,
  legend,
  days,
  onChange,
  groupErrors,
  hoursErrors,
  describedBy,
  disabled,
}: {
  idPrefix: string;
  legend: string;
  days: DayState[];
  onChange: (days: DayState[]) => void;
  /** Messages about the week as a whole (days a week, none chosen). */
  groupErrors: string[];
  /** Messages about a weekday's hours, by weekday 1..7. */
  hoursErrors: (weekday: number) => string[];
  describedBy?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('periods');
  const set = (i: number, d: Partial<DayState>) => onChange(days.map((x, k) => (k === i ? { ...x, ...d } : x)));
  const groupId = `${idPrefix}-days-errors`;
  const described = [describedBy, groupErrors.length ? groupId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="plain-fieldset pe-week" id={`${idPrefix}-days`} aria-describedby={described}>
      <legend className="pe-legend">{legend}</legend>
      {groupErrors.length ? (
        <ul className="error-text pe-errors" id={groupId}>
          {groupErrors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <div className="pe-days">
        {WEEKDAYS.map((w, i) => {
          const d = days[i];
          const errors = hoursErrors(w);
          return (
            <div className="pe-day" key={w}>
              <Checkbox
                id={`${idPrefix}-day-${w}`}
                checked={d.on}
                disabled={disabled}
                onClick={({ checkboxState }) => set(i, { on: checkboxState, hours: checkboxState && !d.hours ? days.find((x) => x.on && x.hours)?.hours ?? '' : d.hours })}
              >
                {t(`weekday.${w}`)}
              </Checkbox>
              {d.on ? (
                <TextInput
                  id={`${idPrefix}-hours-${w}`}
                  className="pe-hours"
                  labelText={t('editor.hoursOn', { day: t(`weekdayAdessive.${w}`) })}
                  inputMode="numeric"
                  value={d.hours}
                  disabled={disabled}
                  onChange={(v) => set(i, { hours: String(v ?? '') })}
                  status={errors.length ? 'error' : 'default'}
                  statusText={errors.join(' ')}
                  fullWidth
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
