import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Dropdown, DropdownItem, Paragraph } from 'suomifi-ui-components';

import { STAGES, type Stage } from '../../shared/api/types';
import { ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { casesApi } from './api';
import { CaseTable } from './CaseTable';

const ALL = 'all';

/** Every case the user may see, filtered by stage (?stage=plan); the address can be shared. */
export default function CasesPage() {
  const { t } = useTranslation();
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
            <CaseTable
              id="cases-table"
              cases={items}
              columns={['client', 'serviceType', 'stage', 'stageSince', 'responsible', 'status']}
              caption={t('cases.title')}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
