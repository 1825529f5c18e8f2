import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Dropdown, DropdownItem, Paragraph } from 'suomifi-ui-components';

import { STAGES, type Stage } from '../../shared/api/types';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { useServiceTypes } from '../serviceTypes/serviceTypes';
import { formatInstantDate } from '../../shared/format';
import { casesApi } from './api';

const ALL = 'all';

/** Every case the user may see, filtered by stage (?stage=plan); the address can be shared. */
export default function CasesPage() {
  const { t } = useTranslation();
  const types = useServiceTypes();
  const [params, setParams] = useSearchParams();
  const p = params.get('stage');
  const stage = p && (STAGES as readonly string[]).includes(p) ? (p as Stage) : undefined;
  const list = useQuery({ queryKey: ['cases', { stage: stage ?? null }], queryFn: () => casesApi.listCases({ stage }) });
  const items = list.data?.items ?? [];

  return (
    <>
      <PageTitle title={t('cases.title')}>{t('cases.title')}</PageTitle>
      <div style={{ marginBottom: 20 }}>
        <Dropdown
          id="stage-filter"
          labelText={t('cases.stageFilter')}
          value={stage ?? ALL}
          onChange={(v) => setParams(v === ALL ? {} : { stage: v })}
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t('cases.allStages')}
            </DropdownItem>,
            ...STAGES.map((s) => (
              <DropdownItem key={s} value={s}>
                {t(`stage.${s}`)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </div>
      {list.isPending ? <Loading text={t('common.loading')} /> : null}
      {list.isError ? <ErrorNotice error={list.error} /> : null}
      {list.isSuccess ? (
        <>
          <Paragraph mb="s" aria-live="polite" id="case-count">
            {t('cases.count', { count: items.length })}
          </Paragraph>
          {items.length ? (
            <div className="table-wrap">
              <table className="data-table" id="cases-table">
                <caption className="visually-hidden">{t('cases.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('client.name')}</th>
                    <th scope="col">{t('case.serviceType')}</th>
                    <th scope="col">{t('case.stage')}</th>
                    <th scope="col">{t('case.stageSince')}</th>
                    <th scope="col">{t('case.responsible')}</th>
                    <th scope="col">{t('case.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <AppLink to={`/cases/${c.id}`}>{c.clientName}</AppLink>
                      </th>
                      <td>{types.name(c.serviceType)}</td>
                      <td>{t(`stage.${c.stage}`)}</td>
                      <td>{formatInstantDate(c.stageSince)}</td>
                      <td>{c.responsibleRole ? t(`role.${c.responsibleRole}`) : '–'}</td>
                      <td>{c.stage === 'closed' ? t('stage.closed') : t(`caseStatus.${c.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}
