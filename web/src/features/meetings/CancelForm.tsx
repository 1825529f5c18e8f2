// Cancelling a scheduled meeting with its reason; the participants get a cancellation when it was still to come.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import { isStaleVersion } from '../../shared/api/client';
import { ErrorNotice } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary } from '../../shared/versionedForm';
import { useCancelMeeting, useReloadMeetings, type Meeting } from './api';
import { FormHeading, StaleNotice, labelled } from './formParts';

export function CancelForm({ meeting, idp, onDone }: { meeting: Meeting; idp: string; onDone: (saved: Meeting | null) => void }) {
  const { t } = useTranslation('meetings');
  const [reason, setReason] = useState('');
  const [stale, setStale] = useState(false);
  const errors = useServerErrors();
  const reload = useReloadMeetings(meeting.caseId);
  const cancel = useCancelMeeting(meeting.caseId);
  const leave = useLeaveGuard(reason !== '');
  const summary = Object.entries(errors.fieldErrors).map(([f, m]) => ({
    text: labelled(f === 'reason' ? t('cancel.reason') : undefined, m),
    inputId: f === 'reason' ? `${idp}-reason` : `${idp}-submit`,
  }));
  const headingId = `${idp}-heading`;
  return (
    <form
      noValidate
      id={`${idp}-form`}
      className="me-form stack"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        errors.clear();
        setStale(false);
        cancel.mutate(
          { id: meeting.id, input: { reason: reason.trim(), version: meeting.version } },
          {
            onSuccess: (m) => {
              leave.release();
              onDone(m);
            },
            onError: (err) => {
              errors.take(err);
              setStale(isStaleVersion(err));
              if (isStaleVersion(err)) void reload();
            },
          },
        );
      }}
    >
      <FormHeading id={headingId} text={t('cancel.heading')} variant="h5" />
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
        id={`${idp}-reason`}
        labelText={t('cancel.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={500}
        fullWidth
        {...errors.statusOf('reason')}
      />
      <div className="form-actions">
        <Button type="submit" id={`${idp}-submit`} disabled={cancel.isPending}>
          {cancel.isPending ? t('translation:common.saving') : t('cancel.save')}
        </Button>
        <Button
          variant="secondaryNoBorder"
          id={`${idp}-close`}
          onClick={() => {
            leave.release();
            onDone(null);
          }}
        >
          {t('cancel.keep')}
        </Button>
      </div>
    </form>
  );
}
