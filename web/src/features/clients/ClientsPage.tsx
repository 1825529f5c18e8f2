import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Paragraph, SearchInput, Table } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';

import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { formatDate } from '../../shared/format';
import { clientsApi } from './api';

export default function ClientsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const list = useQuery({ queryKey: ['clients', q], queryFn: () => clientsApi.listClients(q) });

  function search(value: string) {
    const v = value.trim();
    setParams(v ? { q: v } : {}, { replace: false });
  }

  const items = list.data?.items ?? [];
  const columns = [
    { key: 'name', labelText: t('client.name') },
    { key: 'personalIdentityCode', labelText: t('client.personalIdentityCode') },
    { key: 'dateOfBirth', labelText: t('client.dateOfBirth') },
    { key: 'municipality', labelText: t('client.municipality') },
    { key: 'ownWorker', labelText: t('client.ownWorker') },
  ] as const;
  return (
    <>
      <div className="page-head">
        <PageTitle title={t('clients.title')}>{t('clients.title')}</PageTitle>
        <Button icon={<IconPlus />} onClick={() => navigate('/clients/new')} id="new-client">
          {t('clients.new')}
        </Button>
      </div>
      <form
        role="search"
        aria-label={t('clients.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          search(text);
        }}
      >
        <SearchInput
          id="client-search"
          labelText={t('clients.searchLabel')}
          visualPlaceholder={t('clients.searchPlaceholder')}
          clearButtonLabel={t('clients.searchClear')}
          searchButtonLabel={t('clients.searchButton')}
          value={text}
          onChange={(v) => setText(v)}
          onSearch={(v) => search(v)}
          fullWidth
        />
      </form>
      <section aria-labelledby="results-heading" style={{ marginTop: 25 }}>
        <h2 id="results-heading" className="visually-hidden">
          {t('clients.results')}
        </h2>
        {list.isPending ? <Loading text={t('common.loading')} /> : null}
        {list.isError ? <ErrorNotice error={list.error} /> : null}
        {list.isSuccess ? (
          <>
            <Paragraph mb="s" aria-live="polite" id="result-count">
              {q ? t('clients.found', { count: items.length, q }) : t('clients.newest', { count: items.length })}
            </Paragraph>
            {items.length > 0 ? (
              <Table
                id="client-table"
                caption={t('clients.results')}
                columns={columns}
                data={items.map((c) => ({
                  id: String(c.id),
                  name: (
                    <AppLink to={`/clients/${c.id}`}>
                      {c.lastName}, {c.firstNames}
                    </AppLink>
                  ),
                  personalIdentityCode: c.personalIdentityCode,
                  dateOfBirth: formatDate(c.dateOfBirth),
                  municipality: c.municipality,
                  ownWorker: c.ownWorkerName || '–',
                }))}
              />
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
