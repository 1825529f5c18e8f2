import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, RadioButton, RadioButtonGroup, Textarea, TextInput } from 'suomifi-ui-components';
import { todayIso } from '../../shared/format';
import { summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { ABSENCE_REASONS as REASONS, ATTENDANCE_STATUSES as STATUSES, type AttendanceStatus } from '../../shared/api/types';
import { periodsApi, type Attendance, type AttendanceRecord } from './api';
import { dayInWords } from './words';

interface MarkState {
  status: AttendanceStatus | '';
  absenceReason: string;
  hours: string;
  note: string;
  why: string;
}

const FIELDS = ['status', 'absenceReason', 'minutes', 'note', 'why'] as const;
/** Minutes as the hours field shows them: 270 → "4,5". */
const hoursValue = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100).replace('.', ',');
/** "4", "4,5" → minutes; NaN for anything else. */
const minutesOf = (text: string) => (/^\s*\d{1,2}([.,]\d{1,2})?\s*$/.test(text) ? Math.round(Number(text.replace(',', '.')) * 60) : NaN);

/**
 * Marking a day or correcting its mark. A correction after the day asks why (the server keeps every change with its
 * reason) and names the record's version: one changed meanwhile answers 409 stale_version.
 */
export function DayMarkForm({
  periodId,
  day,
  expectedMinutes,
  record,
  reload,
  onDone,
  onCancel,
}: {
  periodId: number;
  day: string;
  expectedMinutes: number;
  record: AttendanceRecord | null;
  /** Reads the period's attendance again and returns the day's record as saved now. */
  reload: () => Promise<AttendanceRecord>;
  onDone: (a: Attendance) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('periods');
  const qc = useQueryClient();
  const idp = `mark-${periodId}-${day}`;
  const correction = record !== null && day < todayIso();
  const form = useVersionedForm<AttendanceRecord, MarkState>({
    original: record,
    cacheKey: 'attendance-record',
    listKey: 'period-attendance',
    load: reload,
    toState: (r) => ({
      status: r?.status ?? '',
      absenceReason: r?.absenceReason ?? '',
      hours: hoursValue(r && r.status === 'present' ? r.minutes : expectedMinutes),
      note: r?.note ?? '',
      why: '',
    }),
    save: (version): Promise<AttendanceRecord> =>
      periodsApi.mark(periodId, day, {
        // An empty choice goes as is, so that the server's message shows at the choice.
        status: form.state.status as AttendanceStatus,
        absenceReason: form.state.status === 'absent_with_notice' && form.state.absenceReason ? (form.state.absenceReason as Attendance['absenceReason']) : null,
        minutes: form.state.status === 'present' ? minutesOf(form.state.hours) : 0,
        note: form.state.note.trim(),
        why: form.state.why.trim(),
        version,
      }) as Promise<AttendanceRecord>,
    check: (): Record<string, string> => {
      const out: Record<string, string> = {};
      if (form.state.status === 'present' && Number.isNaN(minutesOf(form.state.hours))) out.minutes = t('mark.hoursNumber');
      return out;
    },
    onSaved: (a) => {
      void qc.invalidateQueries({ queryKey: ['absence-alerts'] });
      onDone(a);
    },
  });
  const { state: s, setState, errors } = form;
  const set = (patch: Partial<MarkState>) => setState((old) => ({ ...old, ...patch }));
  const inputOf = (f: string) => {
    if (f === 'status') return `${idp}-status-${STATUSES[0]}`;
    if (f === 'absenceReason') return `${idp}-reason-${REASONS[0]}`;
    if (f === 'minutes') return `${idp}-hours`;
    return (FIELDS as readonly string[]).includes(f) ? `${idp}-${f}` : `${idp}-submit`;
  };
  const summary = summaryItems(errors.fieldErrors, (f) => ((FIELDS as readonly string[]).includes(f) ? t(`mark.${f}`) : null), inputOf);
  return (
    <form onSubmit={form.submit} noValidate id={`${idp}-form`} className="pe-subform stack" aria-label={t('mark.heading', { day: dayInWords(t, day) })}>
      <VersionedFormMessages
        form={form}
        summaryId={`${idp}-errors`}
        summaryHeading={t('translation:validation.summaryHeading', { count: summary.length })}
        summaryLevel="h5"
        items={summary}
      />
      <RadioButtonGroup
        id={`${idp}-status`}
        name={`${idp}-status`}
        labelText={t('mark.status')}
        value={s.status}
        onChange={(v) => set({ status: v as AttendanceStatus })}
        groupStatus={errors.fieldErrors.status ? 'error' : 'default'}
        groupStatusText={errors.fieldErrors.status}
      >
        {STATUSES.map((x) => (
          <RadioButton key={x} value={x} id={`${idp}-status-${x}`}>
            {t(`status.${x}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      {s.status === 'absent_with_notice' ? (
        <RadioButtonGroup
          id={`${idp}-reason`}
          name={`${idp}-reason`}
          labelText={t('mark.absenceReason')}
          value={s.absenceReason}
          onChange={(v) => set({ absenceReason: v })}
          groupStatus={errors.fieldErrors.absenceReason ? 'error' : 'default'}
          groupStatusText={errors.fieldErrors.absenceReason}
        >
          {REASONS.map((x) => (
            <RadioButton key={x} value={x} id={`${idp}-reason-${x}`}>
              {t(`reason.${x}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      ) : null}
      {s.status === 'present' ? (
        <TextInput
          id={`${idp}-hours`}
          labelText={t('mark.hours')}
          hintText={t('mark.hoursHint')}
          inputMode="decimal"
          value={s.hours}
          onChange={(v) => set({ hours: String(v ?? '') })}
          {...errors.statusOf('minutes')}
        />
      ) : null}
      <Textarea
        id={`${idp}-note`}
        labelText={t('mark.note')}
        optionalText={t('translation:common.optional')}
        value={s.note}
        onChange={(e) => set({ note: e.target.value })}
        fullWidth
        {...errors.statusOf('note')}
      />
      {correction ? (
        <Textarea
          id={`${idp}-why`}
          labelText={t('mark.why')}
          hintText={t('mark.whyHint')}
          value={s.why}
          onChange={(e) => set({ why: e.target.value })}
          fullWidth
          {...errors.statusOf('why')}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" id={`${idp}-submit`} disabled={form.saving}>
          {form.saving ? t('translation:common.saving') : record ? t('mark.saveCorrection') : t('mark.save')}
        </Button>
        <Button variant="secondary" id={`${idp}-cancel`} onClick={onCancel}>
          {t('translation:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
