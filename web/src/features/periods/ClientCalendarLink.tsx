import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph, TextInput } from 'suomifi-ui-components';
import { request } from '../../shared/api/client';
import { ErrorNotice } from '../../shared/common';

/**
 * The client's own schedule of the period in their phone's calendar: a secret link the instructor gives them (the
 * place and the hours, nothing of the case), shown once when made; renewing it stops the old one.
 */
export function ClientCalendarLink({ periodId, idp }: { periodId: number; idp: string }) {
  const { t } = useTranslation('periods');
  const [link, setLink] = useState('');
  const [error, setError] = useState<unknown>(null);
  const make = async () => {
    try {
      const made = await request<{ path: string }>('POST', `/api/v1/periods/${periodId}/calendar-feed`, {});
      setLink(`${window.location.origin}${made.path}`);
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div>
      {error ? <ErrorNotice error={error} /> : null}
      {link ? (
        <>
          <TextInput id={`${idp}-calendar-link`} labelText={t('calendarLink.link')} value={link} readOnly fullWidth />
          <Paragraph mb="s">{t('calendarLink.keepSecret')}</Paragraph>
        </>
      ) : null}
      <Button variant="secondary" id={`${idp}-calendar`} onClick={() => void make()}>
        {link ? t('calendarLink.renew') : t('calendarLink.make')}
      </Button>
    </div>
  );
}
