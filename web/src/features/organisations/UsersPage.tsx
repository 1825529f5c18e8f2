import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Table } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';

import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { organisationsApi } from './api';

export default function UsersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const users = useQuery({ queryKey: ['users'], queryFn: organisationsApi.listUsers });
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: organisationsApi.listOrganisations });
  const orgName = (id: number) => orgs.data?.items.find((o) => o.id === id)?.name ?? `#${id}`;
  const columns = [
    { key: 'name', labelText: t('user.displayName') },
    { key: 'username', labelText: t('user.username') },
    { key: 'roles', labelText: t('user.roles') },
    { key: 'active', labelText: t('user.active') },
  ] as const;
  return (
    <>
      <div className="page-head">
        <PageTitle title={t('users.title')}>{t('users.title')}</PageTitle>
        <Button icon={<IconPlus />} onClick={() => navigate('/admin/users/new')} id="new-user">
          {t('users.new')}
        </Button>
      </div>
      {users.isPending ? <Loading text={t('common.loading')} /> : null}
      {users.isError ? <ErrorNotice error={users.error} /> : null}
      {users.isSuccess ? (
        <Table
          id="user-table"
          caption={t('users.caption', { count: users.data.items.length })}
          columns={columns}
          data={users.data.items.map((u) => ({
            id: String(u.id),
            name: <AppLink to={`/admin/users/${u.id}`}>{u.displayName}</AppLink>,
            username: u.username,
            roles: u.roles.map((r) => `${t(`role.${r.role}`)} (${orgName(r.organisationId)})`).join('; ') || '–',
            active: u.active ? t('common.yes') : t('common.no'),
          }))}
        />
      ) : null}
    </>
  );
}
