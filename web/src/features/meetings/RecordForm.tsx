// Recording a meeting held (from its day on): the notes, who attended and the next meeting's date, which puts the
// meeting on the own worker's and the coaches' task lists two weeks before. What was typed stays on a refusal.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Textarea } from 'suomifi-ui-components';
import { isStaleVersion } from '../../shared/api/client';
import { DateField } from '../../shared/DateField';
import { ErrorNotice } from '../../shared/common';
import { dateForServer, parseDate } from '../../shared/format';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary } from '../../shared/versionedForm';
import { useRecordMeeting, useReloadMeetings, type Meeting } from './api';
import { FormHeading, StaleNotice, labelled } from './formParts';

export function RecordForm({ meeting, idp, onDone }: { meeting: Meeting; idp: string; onDone: (saved: Meeting | null) => void }) {
  const { t } = useTranslation('meetings');
  const everyone = meeting.participants.map((p) => p.id);
  const [notes, setNotes] = useState('');
  const [attended, setAttended] = useState<number[]>(everyone);
  const [next, setNext] = useState('');
  const [stale, setStale] = useState(false);
  const errors = useServerErrors();
  const reload = useReloadMeetings(meeting.caseId);
  const record = useRecordMeeting(meeting.caseId);
  const leave = useLeaveGuard(notes !== '' || next !== '' || attended.length !== everyone.length);

  function submit() {
    if (next.trim() && !parseDate(next)) return errors.refuse({ nextMeetingOn: t('translation:validation.date') });
    errors.clear();
    setStale(false);
    record.mutate(
      {
        id: meeting.id,
        input: {
          notes: notes.trim(),
          attended: everyone.filter((id) => attended.includes(id)),
          ...(next.trim() ? { nextMeetingOn: dateForServer(next) } : {}),
          version: meeting.version,
        },
      },
      {
        onSuccess: (m) => {
          leave.release();
          onDone(m);
        },
        onError: (e) => {
          errors.take(e);
          setStale(isStaleVersion(e));
          if (isStaleVersion(e)) void reload();
        },
      },
    );
  }

  const labels: Record<string, string> = { notes: t('record.notes'), attended: t('record.attended'), nextMeetingOn: t('record.next') };
  const inputOf: Record<string, string> = {
    notes: `${idp}-notes`,
    nextMeetingOn: `${idp}-next`,
    attended: meeting.participants[0] ? `${idp}-p-${meeting.participants[0].id}` : `${idp}-submit`,
  };
  const summary = Object.entries(errors.fieldErrors).map(([f, m]) => ({ text: labelled(labels[f], m), inputId: inputOf[f] ?? `${idp}-submit` }));
  const headingId = `${idp}-heading`;
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
      <FormHeading id={headingId} text={t('record.heading')} variant="h5" />
      {stale ? <StaleNotice id={`${idp}-stale`} /> : null}
      {errors.other && !stale ? <ErrorNotice error={errors.other} /> : null}
      <FieldErrorSummary
        id={`${idp}-errors`}
        heading={t('translation:validation.summaryHeading', { count: summary.length })}
        headingVariant="h5"
        headingRef={errors.summaryRef}
        items={summary}
      />
      <Textarea
        id={`${idp}-notes`}
        labelText={t('record.notes')}
        hintText={t('record.notesHint')}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        maxLength={8000}
        fullWidth
        {...errors.statusOf('notes')}
      />
      <CheckboxGroup
        id={`${idp}-attended`}
        labelText={t('record.attended')}
        groupStatus={errors.fieldErrors.attended ? 'error' : 'default'}
        groupStatusText={errors.fieldErrors.attended}
      >
        {meeting.participants.map((p) => (
          <Checkbox
            key={p.id}
            id={`${idp}-p-${p.id}`}
            checked={attended.includes(p.id)}
            onClick={({ checkboxState }) => setAttended((old) => (checkboxState ? [...old.filter((x) => x !== p.id), p.id] : old.filter((x) => x !== p.id)))}
          >
            {`${p.name}, ${t(`role.${p.role}`)}`}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <DateField
        id={`${idp}-next`}
        labelText={t('record.next')}
        optionalText={t('translation:common.optional')}
        hintText={`${t('translation:common.dateHint')}. ${t('record.nextHint')}`}
        value={next}
        onChange={({ value }) => setNext(value)}
        {...errors.statusOf('nextMeetingOn')}
      />
      <div className="form-actions">
        <Button type="submit" id={`${idp}-submit`} disabled={record.isPending}>
          {record.isPending ? t('translation:common.saving') : t('record.save')}
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
