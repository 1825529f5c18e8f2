import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from 'suomifi-ui-components';
import { request } from '../../shared/api/client';
import { ErrorNotice } from '../../shared/common';
import { formatDateTime } from '../../shared/format';
import './moreTexts';

type Feed = { exists: boolean; createdAt: string | null };
const KEY = ['calendar-feed'] as const;

/**
 * The user's expected days in their phone's calendar: a secret link, shown once when made; renewing it stops the
 * old one (a lost phone), removing stops all.
 */
export function CalendarLink() {
  const { t } = useTranslation('attendanceMore');
  const qc = useQueryClient();
  const q = useQuery({ queryKey: KEY, queryFn: () => request<Feed>('GET', '/api/v1/calendar-feed') });
  const [link, setLink] = useState('');
  const [error, setError] = useState<unknown>(null);
  const make = async () => {
    try {
      const made = await request<{ path: string }>('POST', '/api/v1/calendar-feed', {});
      setLink(`${window.location.origin}${made.path}`);
      setError(null);
      await qc.invalidateQueries({ queryKey: KEY });
    } catch (e) {
      setError(e);
    }
  };
  const remove = async () => {
    try {
      await request('DELETE', '/api/v1/calendar-feed');
      setLink('');
      await qc.invalidateQueries({ queryKey: KEY });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="calendar-heading" id="calendar">
      <Heading variant="h2" id="calendar-heading" mb="s">
        {t('calendar.heading')}
      </Heading>
      <p>{t('calendar.intro')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {link ? (
        <div className="at-field">
          <label htmlFor="calendar-link">{t('calendar.link')}</label>
          <input id="calendar-link" readOnly value={link} onFocus={(e) => e.target.select()} />
          <p>{t('calendar.keepSecret')}</p>
        </div>
      ) : q.data?.exists ? (
        <p>{t('calendar.made', { at: formatDateTime(q.data.createdAt) })}</p>
      ) : null}
      <div className="at-actions">
        <button type="button" className="at-button" onClick={() => void make()} id="calendar-make">
          {q.data?.exists ? t('calendar.renew') : t('calendar.make')}
        </button>
        {q.data?.exists ? (
          <button type="button" className="at-button" onClick={() => void remove()}>
            {t('calendar.remove')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
