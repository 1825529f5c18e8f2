import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { ApiError, request, type Items } from '../../shared/api/client';
import { errorText } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { dateForServer, formatDate, todayIso } from '../../shared/format';

type ClosedDay = { day: string; reason: string };

const plusDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * The days the place is closed in the coming year (a summer break, a day off): no period expects a client on them.
 * The host's manager adds and removes them; everyone who sees the place reads them.
 */
export function ClosedDaysSection({ placeId, canEdit }: { placeId: number; canEdit: boolean }) {
  const { t } = useTranslation('placements');
  const qc = useQueryClient();
  const from = todayIso();
  const to = plusDays(from, 365);
  const key = ['place', placeId, 'closed-days'] as const;
  const q = useQuery({
    queryKey: key,
    queryFn: () => request<Items<ClosedDay>>('GET', `/api/v1/places/${placeId}/closed-days?from=${from}&to=${to}`),
  });
  const [day, setDay] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ text: string; field?: string } | null>(null);

  const save = async (days: ClosedDay[]) => {
    try {
      const saved = await request<Items<ClosedDay>>('PUT', `/api/v1/places/${placeId}/closed-days`, { from, to, days });
      qc.setQueryData(key, saved);
      setProblem(null);
      return true;
    } catch (e) {
      const field = e instanceof ApiError ? Object.entries(e.fieldErrors())[0] : undefined;
      setProblem({ text: field ? field[1] : errorText(t, e), field: field?.[0] });
      return false;
    }
  };
  const add = async () => {
    const iso = dateForServer(day);
    if (await save([...(q.data?.items ?? []), { day: iso, reason: reason.trim() }])) {
      setDay('');
      setReason('');
    }
  };

  return (
    <section className="panel" aria-labelledby="place-closed">
      <Heading variant="h2" id="place-closed" mb="m">
        {t('closedDays.heading')}
      </Heading>
      <Paragraph mb="s">{t('closedDays.intro')}</Paragraph>
      {q.data && q.data.items.length === 0 ? <Paragraph id="closed-none">{t('closedDays.none')}</Paragraph> : null}
      {q.data && q.data.items.length > 0 ? (
        <ul id="closed-days">
          {q.data.items.map((d) => (
            <li key={d.day}>
              {formatDate(d.day)}
              {d.reason ? `: ${d.reason}` : ''}{' '}
              {canEdit ? (
                <Button
                  variant="secondaryNoBorder"
                  aria-label={t('closedDays.removeDay', { day: formatDate(d.day) })}
                  onClick={() => void save(q.data.items.filter((x) => x.day !== d.day))}
                >
                  {t('closedDays.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <DateField
            id="closed-day"
            labelText={t('closedDays.day')}
            value={day}
            onChange={({ value }) => setDay(value)}
            status={problem?.field?.endsWith('.day') ? 'error' : 'default'}
            statusText={problem?.field?.endsWith('.day') ? problem.text : undefined}
          />
          <TextInput
            id="closed-reason"
            labelText={t('closedDays.reason')}
            optionalText={t('common.optional')}
            value={reason}
            onChange={(v) => setReason(String(v ?? ''))}
            maxLength={200}
          />
          {problem && !problem.field?.endsWith('.day') ? (
            <Paragraph id="closed-problem" role="alert">
              {problem.text}
            </Paragraph>
          ) : null}
          <Button type="submit" id="closed-add" disabled={!day.trim()}>
            {t('closedDays.add')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
