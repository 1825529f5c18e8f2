// What the meetings' forms share: the heading that gets the focus when a form opens, the stale-version notice.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Notification } from 'suomifi-ui-components';

/** The form's heading, focused when the form opens (a screen reader hears where it is). */
export function FormHeading({ id, text, variant }: { id: string; text: string; variant: 'h3' | 'h5' }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Heading variant={variant === 'h3' ? 'h3' : 'h5'} as={variant} id={id} ref={ref} tabIndex={-1} mb="s" className="me-form-heading">
      {text}
    </Heading>
  );
}

/** Someone else saved the meeting first (409 stale_version): the list is read again, what was typed stays. */
export function StaleNotice({ id }: { id: string }) {
  const { t } = useTranslation('meetings');
  return (
    <Notification id={id} status="error" headingText={t('translation:conflict.heading')} headingVariant="h2" showCloseButton={false} mb="m">
      {t('form.stale')}
    </Notification>
  );
}

/** Whether the label of a summary item names a field of the form: "Label: message", or only the message. */
export const labelled = (label: string | undefined, message: string) => (label ? `${label}: ${message}` : message);
