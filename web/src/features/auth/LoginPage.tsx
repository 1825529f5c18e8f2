import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Notification, Paragraph, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../shared/api/client';
import { startPath, useAuth } from '../../shared/auth';
import { PageTitle, errorText } from '../../shared/common';
import { hasStoredLanguage, setLanguage, SUPPORTED, type UiLanguage } from '../../i18n';
import { sessionApi } from '../../shared/api/session';

interface LoginState {
  from?: string;
  expired?: boolean;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { me, signedIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginState;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (me && !busy) return <Navigate to={startPath(me)} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const m = { username: !username.trim(), password: !password };
    setMissing(m);
    if (m.username || m.password) {
      setError(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await sessionApi.login({ username: username.trim(), password });
      if (!hasStoredLanguage() && (SUPPORTED as readonly string[]).includes(answer.user.language)) {
        setLanguage(answer.user.language as UiLanguage);
      }
      signedIn(answer);
      const from = state.from && state.from !== '/login' ? state.from : startPath(answer);
      navigate(from, { replace: true });
    } catch (err) {
      setPassword('');
      if (err instanceof ApiError && err.status === 401) setError(t('login.wrongCredentials'));
      else if (err instanceof ApiError && err.status === 429) {
        setError(
          err.retryAfter !== null
            ? t('login.throttledMinutes', { count: Math.max(1, Math.ceil(err.retryAfter / 60)) })
            : t('login.throttled'),
        );
      } else setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="panel" style={{ maxWidth: 520, margin: '20px auto' }}>
      <PageTitle title={t('login.title')}>{t('login.title')}</PageTitle>
      <Paragraph mb="m">{t('login.intro')}</Paragraph>
      {state.expired && !error ? (
        <Notification showCloseButton={false} headingText={t('login.expiredHeading')} headingVariant="h2" mb="m">
          {t('login.expired')}
        </Notification>
      ) : null}
      {error ? (
        <div role="alert" id="login-error">
          <Notification status="error" showCloseButton={false} headingText={t('login.failedHeading')} headingVariant="h2" mb="m">
            {error}
          </Notification>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="stack">
        <TextInput
          id="username"
          name="username"
          autoComplete="username"
          labelText={t('login.username')}
          value={username}
          onChange={(v) => setUsername(String(v ?? ''))}
          status={missing.username ? 'error' : 'default'}
          statusText={missing.username ? t('validation.required') : undefined}
          fullWidth
        />
        <TextInput
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          labelText={t('login.password')}
          value={password}
          onChange={(v) => setPassword(String(v ?? ''))}
          status={missing.password ? 'error' : 'default'}
          statusText={missing.password ? t('validation.required') : undefined}
          fullWidth
        />
        <div className="form-actions">
          <Button type="submit" disabled={busy} id="sign-in">
            {t('login.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
