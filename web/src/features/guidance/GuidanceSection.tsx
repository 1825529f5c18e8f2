import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading } from 'suomifi-ui-components';
import { ApiError } from '../../shared/api/client';
import { ErrorNotice, Loading } from '../../shared/common';
import { formatDate, formatHours } from '../../shared/format';
import { guidanceApi, guidanceKeys } from './api';
import { GuidanceForm } from './GuidanceForm';
import { WindowList } from './WindowList';
import './texts';
import './guidance.css';

const SHOWN = 10;

/**
 * A period's guidance (ohjaus): what the product promises in every 3-month window and how each window stands, the
 * form to record a session, and the sessions. For the case's readers and the coach; the place's staff see none.
 */
export default function GuidanceSection({ periodId }: { periodId: number }) {
  const { t } = useTranslation('guidance');
  const idp = `period-${periodId}-guidance`;
  const q = useQuery({ queryKey: guidanceKeys.log(periodId), queryFn: () => guidanceApi.log(periodId) });
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [all, setAll] = useState(false);
  if (q.isError && q.error instanceof ApiError && q.error.status === 404) return null;
  const log = q.data;
  const sessions = log ? (all ? log.sessions : log.sessions.slice(0, SHOWN)) : [];
  return (
    <section id={idp} aria-labelledby={`${idp}-heading`} className="gu-section">
      <Heading variant="h4" id={`${idp}-heading`} mb="xs">
        {t('heading')}
      </Heading>
      {q.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {log ? (
        <>
          <p id={`${idp}-promise`}>
            {log.promise
              ? t(log.promise.socialIncluded ? 'promise.withSocial' : 'promise.hours', { hours: log.promise.minHours })
              : t('promise.none')}
          </p>
          <WindowList idp={idp} windows={log.windows} />
          <p role="status" aria-live="polite" className="saved-text" id={`${idp}-status`}>
            {saved ? t('form.saved') : ''}
          </p>
          {log.mayRecord ? (
            <div className="form-actions">
              <Button
                variant="secondary"
                id={`${idp}-open`}
                aria-expanded={open}
                onClick={() => {
                  setSaved(false);
                  setOpen((o) => !o);
                }}
              >
                {t('form.open')}
              </Button>
            </div>
          ) : null}
          {open ? (
            <GuidanceForm
              periodId={periodId}
              idp={`${idp}-new`}
              onSaved={() => {
                setOpen(false);
                setSaved(true);
              }}
            />
          ) : null}
          <Heading variant="h5" as="h5" id={`${idp}-sessions-heading`} mb="xxs">
            {t('sessions.heading')}
          </Heading>
          {log.sessions.length === 0 ? (
            <p id={`${idp}-none`}>{t('sessions.none')}</p>
          ) : (
            <ul className="pl-plain-list gu-sessions" id={`${idp}-sessions`} aria-labelledby={`${idp}-sessions-heading`}>
              {sessions.map((s) => (
                <li key={s.id} data-kind={s.kind}>
                  <strong>
                    {formatDate(s.day)} · {t(`kind.${s.kind}`)} · {formatHours(s.minutes)}
                  </strong>
                  <span className="muted">
                    {' '}
                    {t(s.givenByProfessional ? 'sessions.byProfessional' : 'sessions.by', { name: s.givenByName })}
                  </span>
                  {s.note ? <div>{s.note}</div> : null}
                </li>
              ))}
            </ul>
          )}
          {log.sessions.length > SHOWN && !all ? (
            <Button variant="secondaryNoBorder" id={`${idp}-all`} onClick={() => setAll(true)}>
              {t('sessions.all', { count: log.sessions.length })}
            </Button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
