import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, Heading, Notification, Paragraph, TextInput } from 'suomifi-ui-components';

import { ErrorNotice, PageTitle } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { sessionApi } from '../../shared/api/session';
import { useAuth } from '../../shared/auth';
import { clearDrafts } from '../../shared/draftStore';

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
      <EndAllSessions />
    </div>
  );
}

// A phone lost or a shared computer left signed in: every session of the user ends, this one too.
function EndAllSessions() {
  const { t } = useTranslation();
  const { signedOut } = useAuth();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  async function endAll() {
    setBusy(true);
    setFailed(null);
    try {
      await sessionApi.endAllSessions();
      clearDrafts();
      signedOut();
      navigate('/login', { replace: true });
    } catch (err) {
      setFailed(err);
      setBusy(false);
    }
  }
  return (
    <section className="panel stack" aria-labelledby="end-all-heading" id="end-all-sessions-section">
      <Heading variant="h2" id="end-all-heading">
        {t('sessions.heading')}
      </Heading>
      <Paragraph>{t('sessions.text')}</Paragraph>
      {failed ? <ErrorNotice error={failed} /> : null}
      <div className="form-actions">
        <Button variant="secondary" id="end-all-sessions" disabled={busy} onClick={() => void endAll()}>
          {t('sessions.button')}
        </Button>
      </div>
    </section>
  );
}
