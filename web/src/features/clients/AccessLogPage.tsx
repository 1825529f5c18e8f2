import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Paragraph, Table } from 'suomifi-ui-components';

import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { formatDateTime } from '../../shared/format';
import { clientsApi } from './api';

export default function AccessLogPage() {
  const { id } = useParams();
  const clientId = Number(id);
  const { t } = useTranslation();
  const client = useQuery({ queryKey: ['client', clientId], queryFn: () => clientsApi.getClient(clientId) });
  const log = useQuery({ queryKey: ['access-log', clientId], queryFn: () => clientsApi.clientAccessLog(clientId) });
  const name = client.data ? `${client.data.firstNames} ${client.data.lastName}` : '';
  const title = t('accessLog.title');
  const columns = [
    { key: 'at', labelText: t('accessLog.at') },
    { key: 'user', labelText: t('accessLog.user') },
    { key: 'action', labelText: t('accessLog.action') },
    { key: 'endpoint', labelText: t('accessLog.endpoint') },
    { key: 'requestId', labelText: t('accessLog.requestId') },
  ] as const;

  return (
    <>
      <Paragraph mb="s">
        <AppLink to={`/clients/${clientId}`}>{t('accessLog.back')}</AppLink>
      </Paragraph>
      <PageTitle title={name ? `${title}: ${name}` : title}>{name ? `${title}: ${name}` : title}</PageTitle>
      <Paragraph mb="m">{t('accessLog.intro')}</Paragraph>
      {log.isPending ? <Loading text={t('common.loading')} /> : null}
      {log.isError ? <ErrorNotice error={log.error} /> : null}
      {log.isSuccess && log.data.items.length === 0 ? <Paragraph>{t('accessLog.empty')}</Paragraph> : null}
      {log.isSuccess && log.data.items.length > 0 ? (
        <Table
          id="access-log-table"
          caption={t('accessLog.caption', { count: log.data.items.length })}
          columns={columns}
          condensed
          data={log.data.items.map((e) => ({
            id: String(e.id),
            at: formatDateTime(e.at),
            user: e.userName,
            action: t(`accessLog.actions.${e.action}`, { defaultValue: e.action }),
            endpoint: <code>{e.endpoint}</code>,
            requestId: <code>{e.requestId}</code>,
          }))}
        />
      ) : null}
    </>
  );
}
