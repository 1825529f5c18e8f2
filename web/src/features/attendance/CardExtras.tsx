import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, request, type Items } from '../../shared/api/client';
import { errorText } from '../../shared/common';
import { formatDate, todayIso } from '../../shared/format';
import type { components } from '../../shared/api/schema';
import { PhoneForm } from './PhoneForm';
import './moreTexts';

type OrientationItem = components['schemas']['OrientationItem'];

/** A short note on how the client manages the tasks and the feedback given (seed 000); sent at once, online. */
export function ObservationForm({ id, periodId, date, onDone }: { id: string; periodId: number; date: string; onDone: () => void }) {
  const { t } = useTranslation('attendanceMore');
  const [note, setNote] = useState('');
  const [feedback, setFeedback] = useState('');
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState(false);
  const save = async () => {
    try {
      await request('POST', `/api/v1/periods/${periodId}/observations`, { day: date, note, feedback });
      setSaved(true);
      setNote('');
      setFeedback('');
      setProblem('');
    } catch (e) {
      // Kept in the form: nothing typed is lost, offline or refused.
      setProblem(e instanceof ApiError && e.status === 0 ? t('observation.offline') : errorText(t, e));
    }
  };
  return (
    <PhoneForm onSubmit={() => void save()} onCancel={onDone} saveText={t('observation.save')} problem={problem} saveDisabled={!note.trim()}>
      <label className="at-field">
        {t('observation.note')}
        <textarea id={`${id}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
      </label>
      <label className="at-field">
        {t('observation.feedback')}
        <textarea id={`${id}-feedback`} rows={2} value={feedback} onChange={(e) => setFeedback(e.target.value)} maxLength={1000} />
      </label>
      {saved ? <p role="status">{t('observation.saved')}</p> : null}
    </PhoneForm>
  );
}

/** The place's orientation checklist for this client, ticked on the day it was done. */
export function Orientation({ id, periodId }: { id: string; periodId: number }) {
  const { t } = useTranslation('attendanceMore');
  const qc = useQueryClient();
  const key = ['attendance', 'orientation', periodId] as const;
  const q = useQuery({ queryKey: key, queryFn: () => request<Items<OrientationItem>>('GET', `/api/v1/periods/${periodId}/orientation`) });
  const [problem, setProblem] = useState('');
  const tick = async (item: string, done: boolean) => {
    try {
      const list = await request<Items<OrientationItem>>('PUT', `/api/v1/periods/${periodId}/orientation`, {
        item,
        doneOn: done ? todayIso() : null,
      });
      qc.setQueryData(key, list);
      setProblem('');
    } catch (e) {
      setProblem(errorText(t, e));
    }
  };
  if (q.isPending) return <p>{t('common.loading', { ns: 'translation' })}</p>;
  if (q.isError) return <p className="at-problem">{errorText(t, q.error)}</p>;
  if (q.data.items.length === 0) return <p>{t('orientation.none')}</p>;
  return (
    <fieldset className="at-form">
      <legend>{t('orientation.legend')}</legend>
      {q.data.items.map((o, i) => (
        <label key={o.item} className="at-choice" htmlFor={`${id}-orientation-${i}`}>
          <input
            type="checkbox"
            id={`${id}-orientation-${i}`}
            checked={Boolean(o.doneOn)}
            onChange={(e) => void tick(o.item, e.target.checked)}
          />
          {o.item}
          {o.doneOn ? ` (${formatDate(o.doneOn)})` : ''}
        </label>
      ))}
      {problem ? <p className="at-problem" role="alert">{problem}</p> : null}
    </fieldset>
  );
}
