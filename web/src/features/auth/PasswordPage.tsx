import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Notification, Paragraph, TextInput } from 'suomifi-ui-components';

import { ErrorNotice, PageTitle } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { sessionApi } from '../../shared/api/session';

export default function PasswordPage() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useServerErrors();
  useLeaveGuard(currentPassword !== '' || newPassword !== '' || repeat !== '');

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setDone(false);
    const local: Record<string, string> = {};
    if (!currentPassword) local.currentPassword = t('validation.required');
    if (!newPassword) local.newPassword = t('validation.required');
    if (newPassword && repeat !== newPassword) local.repeatPassword = t('password.mismatch');
    if (Object.keys(local).length) {
      errors.refuse(local);
      return;
    }
    setBusy(true);
    try {
      await sessionApi.changePassword({ currentPassword, newPassword });
      setDone(true);
      setCurrent('');
      setNew('');
      setRepeat('');
    } catch (err) {
      errors.take(err);
    } finally {
      setBusy(false);
    }
  }

  const fields = ['currentPassword', 'newPassword', 'repeatPassword'];
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => (fields.includes(f) ? t(`password.${f}`) : null),
    (f) => (fields.includes(f) ? `pw-${f}` : 'pw-currentPassword'),
  );

  return (
    <div style={{ maxWidth: 560 }}>
      <PageTitle title={t('password.title')}>{t('password.title')}</PageTitle>
      <Paragraph mb="m">{t('password.intro')}</Paragraph>
      {done ? (
        <div role="status">
          <Notification headingText={t('password.changed')} headingVariant="h2" showCloseButton={false} mb="m">
            {t('password.changedText')}
          </Notification>
        </div>
      ) : null}
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <FieldErrorSummary heading={t('validation.summaryHeading', { count: summary.length })} headingRef={errors.summaryRef} items={summary} />
      <form onSubmit={submit} noValidate className="panel stack" id="password-form">
        <TextInput id="pw-currentPassword" type="password" autoComplete="current-password" labelText={t('password.currentPassword')}
          value={currentPassword} onChange={(v) => setCurrent(String(v ?? ''))} fullWidth {...errors.statusOf('currentPassword')} />
        <TextInput id="pw-newPassword" type="password" autoComplete="new-password" labelText={t('password.newPassword')}
          hintText={t('password.newHint')} value={newPassword} onChange={(v) => setNew(String(v ?? ''))} fullWidth
          {...errors.statusOf('newPassword')} />
        <TextInput id="pw-repeatPassword" type="password" autoComplete="new-password" labelText={t('password.repeatPassword')}
          value={repeat} onChange={(v) => setRepeat(String(v ?? ''))} fullWidth {...errors.statusOf('repeatPassword')} />
        <div className="form-actions">
          <Button type="submit" disabled={busy} id="change-password">
            {t('password.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
