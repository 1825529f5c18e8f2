import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph, SearchInput } from 'suomifi-ui-components';

import { STAGES, type DueItem } from '../../shared/api/types';
import { isManager, useAuth } from '../../shared/auth';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { useServiceTypes } from '../serviceTypes/serviceTypes';
import { ManagerPanel } from '../registry/ManagerPanel';
import { formatDate, formatInstantDate } from '../../shared/format';
import { myWorkApi } from './api';

/** The start page of social instructors, social workers and managers. */
export default function MyWorkPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const types = useServiceTypes();
  const [text, setText] = useState('');
  const q = useQuery({ queryKey: ['my-work'], queryFn: myWorkApi.myWork });

  function search(v: string) {
    const s = v.trim();
    navigate(s ? `/clients?q=${encodeURIComponent(s)}` : '/clients');
  }

  // Overdue first, then by date.
  const due = [...(q.data?.due ?? [])].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date),
  );
  const groups = [...(q.data?.stages ?? [])]
    .filter((g) => g.cases.length > 0)
    .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  const dueText = (d: DueItem) => t(`dueKind.${d.kind}`, { date: formatDate(d.date) });

  return (
    <>
      <PageTitle title={t('myWork.title')}>{t('myWork.title')}</PageTitle>
      {me ? <Paragraph mb="m">{t('myWork.greeting', { name: me.user.displayName })}</Paragraph> : null}
      {isManager(me) ? <ManagerPanel /> : null}
      <form
        role="search"
        aria-label={t('clients.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          search(text);
        }}
        style={{ marginBottom: 25 }}
      >
        <SearchInput
          id="my-work-search"
          labelText={t('clients.searchLabel')}
          visualPlaceholder={t('clients.searchPlaceholder')}
          clearButtonLabel={t('clients.searchClear')}
          searchButtonLabel={t('clients.searchButton')}
          value={text}
          onChange={(v) => setText(String(v ?? ''))}
          onSearch={(v) => search(String(v ?? ''))}
          fullWidth
        />
      </form>
      {q.isPending ? <Loading text={t('common.loading')} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.isSuccess ? (
        <>
          <section className="panel" aria-labelledby="due-heading" id="due">
            <Heading variant="h2" id="due-heading" mb="s">
              {t('myWork.dueHeading')}
            </Heading>
            {due.length ? (
              <ul className="due-list" id="due-list">
                {due.map((d) => (
                  <li key={`${d.caseId}-${d.kind}`}>
                    <span className={`badge ${d.overdue ? 'badge--alert' : 'badge--warn'}`}>
                      {d.overdue ? t('myWork.overdue') : t('myWork.dueSoon')}
                    </span>{' '}
                    <AppLink to={`/cases/${d.caseId}`}>{d.clientName}</AppLink>: {dueText(d)}
                  </li>
                ))}
              </ul>
            ) : (
              <Paragraph id="nothing-due">{t('myWork.nothingDue')}</Paragraph>
            )}
          </section>
          <section aria-labelledby="by-stage-heading" id="by-stage">
            <Heading variant="h2" id="by-stage-heading" mb="s">
              {t('myWork.byStageHeading')}
            </Heading>
            {groups.length === 0 ? <Paragraph>{t('myWork.noCases')}</Paragraph> : null}
            {groups.map((g) => (
              <section key={g.stage} className="panel" aria-labelledby={`stage-${g.stage}-heading`} data-stage={g.stage}>
                <Heading variant="h3" id={`stage-${g.stage}-heading`} mb="s">
                  {t(`stage.${g.stage}`)} ({g.cases.length})
                </Heading>
                <div className="table-wrap">
                  <table className="data-table">
                    <caption className="visually-hidden">{t('myWork.stageCaption', { stage: t(`stage.${g.stage}`) })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('client.name')}</th>
                        <th scope="col">{t('case.serviceType')}</th>
                        <th scope="col">{t('case.stageSince')}</th>
                        <th scope="col">{t('case.responsible')}</th>
                        <th scope="col">{t('case.status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {g.cases.map((c) => (
                        <tr key={c.id}>
                          <th scope="row">
                            <AppLink to={`/cases/${c.id}`}>{c.clientName}</AppLink>
                          </th>
                          <td>{types.name(c.serviceType)}</td>
                          <td>{formatInstantDate(c.stageSince)}</td>
                          <td>{c.responsibleRole ? t(`role.${c.responsibleRole}`) : '–'}</td>
                          <td>{c.stage === 'closed' ? t('stage.closed') : t(`caseStatus.${c.status}`)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            ))}
          </section>
        </>
      ) : null}
    </>
  );
}
