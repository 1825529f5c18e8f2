import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading, LoadingSpinner, Notification, RouterLink } from 'suomifi-ui-components';
import { ApiError, isStaleVersion } from './api/client';

/** The page's one h1, also set as the document title. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <Heading variant="h1" id="page-title">
      {children}
    </Heading>
  );
}

export function Loading({ text }: { text: string }) {
  return <LoadingSpinner status="loading" text={text} textAlign="right" variant="small" />;
}

/** A short, translated explanation of a failed request. */
export function errorText(t: (k: string, o?: Record<string, unknown>) => string, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network');
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 404) return t('errors.notFound');
    if (isStaleVersion(error)) return t('errors.conflict');
    if (error.problem?.detail) return error.problem.detail;
    if (error.problem?.title) return error.problem.title;
    return t('errors.status', { status: error.status });
  }
  return t('errors.unknown');
}

export function ErrorNotice({ error, heading }: { error: unknown; heading?: string }) {
  const { t } = useTranslation();
  const requestId = error instanceof ApiError ? error.problem?.requestId : undefined;
  return (
    <Notification status="error" headingText={heading ?? t('errors.heading')} showCloseButton={false} headingVariant="h2" mb="m">
      <p>{errorText(t, error)}</p>
      {requestId ? <p className="muted">{t('errors.requestId', { id: requestId })}</p> : null}
    </Notification>
  );
}

/** An in-app link in the design system's style. */
export function AppLink({ to, children, id }: { to: string; children: ReactNode; id?: string }) {
  return (
    <RouterLink asComponent={Link} to={to} id={id}>
      {children}
    </RouterLink>
  );
}
