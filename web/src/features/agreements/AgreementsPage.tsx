import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Paragraph, Table } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import { useAuth } from '../../shared/auth';
import { ENDING_WITHIN_DAYS } from '../registry/ManagerPanel';
import { managedPurchasers } from '../registry/products';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';

import { formatDate } from '../../shared/format';
import { agreementsApi } from './api';

export const ENDING_DAYS = ENDING_WITHIN_DAYS;

export default function AgreementsPage() {
  const { t } = useTranslation('placements');
  const navigate = useNavigate();
  const { me } = useAuth();
  const all = useQuery({ queryKey: ['agreements'], queryFn: () => agreementsApi.listAgreements() });
  const ending = useQuery({ queryKey: ['agreements', 'ending', ENDING_DAYS], queryFn: () => agreementsApi.listAgreements(ENDING_DAYS) });
  const endingIds = new Set((ending.data?.items ?? []).map((a) => a.id));
  const items = [...(all.data?.items ?? [])].sort(
    (a, b) => Number(endingIds.has(b.id)) - Number(endingIds.has(a.id)) || a.validUntil.localeCompare(b.validUntil),
  );
  const columns = [
    { key: 'title', labelText: t('agreement.title') },
    { key: 'kind', labelText: t('agreement.kind') },
    { key: 'partner', labelText: t('agreement.partner') },
    { key: 'purchaser', labelText: t('agreement.purchaser') },
    { key: 'valid', labelText: t('agreement.valid') },
  ] as const;
  return (
    <>
      <div className="page-head">
        <PageTitle title={t('agreements.title')}>{t('agreements.title')}</PageTitle>
        {managedPurchasers(me).length ? (
          <Button icon={<IconPlus />} onClick={() => navigate('/agreements/new')} id="new-agreement">
            {t('agreements.new')}
          </Button>
        ) : null}
      </div>
      {all.isPending ? <Loading text={t('common.loading')} /> : null}
      {all.isError ? <ErrorNotice error={all.error} /> : null}
      {ending.isError ? <ErrorNotice error={ending.error} /> : null}
      {all.isSuccess ? (
        <>
          <Paragraph mb="s" id="agreement-count">
            {t('agreements.count', { count: items.length })}{' '}
            {ending.isSuccess ? <strong id="ending-count">{t('agreements.endingCount', { count: endingIds.size, days: ENDING_DAYS })}</strong> : null}
          </Paragraph>
          {items.length ? (
            <Table
              id="agreement-table"
              caption={t('agreements.caption')}
              columns={columns}
              data={items.map((a) => ({
                id: String(a.id),
                title: (
                  <>
                    <AppLink to={`/agreements/${a.id}`}>{a.title}</AppLink>
                    {endingIds.has(a.id) ? (
                      <>
                        <br />
                        <span className="pl-ending" id={`ending-${a.id}`}>
                          {t('agreements.endingSoon')}
                        </span>
                      </>
                    ) : null}
                  </>
                ),
                kind: t(`agreementKind.${a.kind}`),
                partner: a.partnerName,
                purchaser: a.purchaserName,
                valid: `${formatDate(a.validFrom)}–${formatDate(a.validUntil)}`,
              }))}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
