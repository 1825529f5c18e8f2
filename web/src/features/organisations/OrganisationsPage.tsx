import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Table } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';

import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { organisationsApi } from './api';

export default function OrganisationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useQuery({ queryKey: ['organisations'], queryFn: organisationsApi.listOrganisations });
  const columns = [
    { key: 'name', labelText: t('organisation.name') },
    { key: 'kinds', labelText: t('organisation.kinds') },
    { key: 'regions', labelText: t('organisation.regions') },
  ] as const;
  return (
    <>
      <div className="page-head">
        <PageTitle title={t('organisations.title')}>{t('organisations.title')}</PageTitle>
        <Button icon={<IconPlus />} onClick={() => navigate('/admin/organisations/new')} id="new-organisation">
          {t('organisations.new')}
        </Button>
      </div>
      {list.isPending ? <Loading text={t('common.loading')} /> : null}
      {list.isError ? <ErrorNotice error={list.error} /> : null}
      {list.isSuccess ? (
        <Table
          id="organisation-table"
          caption={t('organisations.caption', { count: list.data.items.length })}
          columns={columns}
          data={list.data.items.map((o) => ({
            id: String(o.id),
            name: <AppLink to={`/admin/organisations/${o.id}`}>{o.name}</AppLink>,
            kinds: o.kinds.map((k) => t(`organisationKind.${k}`)).join(', '),
            regions: o.regions.map((r) => r.name).join(', ') || '–',
          }))}
        />
      ) : null}
    </>
  );
}
