import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Notification, Paragraph } from 'suomifi-ui-components';
import { IconEdit } from 'suomifi-icons';

import type { Client } from '../../shared/api/types';
import { hasRole, useAuth } from '../../shared/auth';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { formatDate, formatDateTime } from '../../shared/format';
import { ClientCases } from '../cases/ClientCases';
import { FindPlaceLink } from '../registry/FindPlaceLink';
import { ClientPlacement } from '../bookings/ClientPlacement';
import { ClientCompensation } from '../compensation/ClientCompensation';
import { readsClientCompensation } from '../compensation/access';
import { clientsApi } from './api';
import { OwnWorkerSection } from './OwnWorkerSection';

export default function ClientPage() {
  const { id } = useParams();
  const clientId = Number(id);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { me } = useAuth();
  const q = useQuery({ queryKey: ['client', clientId], queryFn: () => clientsApi.getClient(clientId) });
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;

  if (q.isPending) return <Loading text={t('common.loading')} />;
  if (q.isError) {
    return (
      <>
        <PageTitle title={t('client.title')}>{t('client.title')}</PageTitle>
        <ErrorNotice error={q.error} />
      </>
    );
  }
  const c: Client = q.data;
  const name = `${c.firstNames} ${c.lastName}`;
  const isManager = hasRole(me, ['manager'], c.organisationId);
  const dash = <span className="muted">–</span>;
  const val = (v: string) => (v ? v : dash);

  return (
    <>
      <Paragraph mb="s">
        <AppLink to="/clients">{t('client.backToList')}</AppLink>
      </Paragraph>
      <div className="page-head">
        <PageTitle title={name}>{name}</PageTitle>
        {/* The workers edit the client; a manager names the own worker below. */}
        {hasRole(me, ['social_worker', 'social_instructor'], c.organisationId) ? (
          <Button icon={<IconEdit />} onClick={() => navigate(`/clients/${c.id}/edit`)} id="edit-client">
            {t('client.edit')}
          </Button>
        ) : null}
      </div>
      {saved ? (
        <div role="status">
          <Notification id="saved-notice" headingText={t('client.saved')} headingVariant="h2" showCloseButton={false} mb="m">
            {t('client.savedText')}
          </Notification>
        </div>
      ) : null}
      <OwnWorkerSection key={c.version} client={c} />
      <ClientCases clientId={c.id} organisationId={c.organisationId} />
      <FindPlaceLink clientId={c.id} />
      <ClientPlacement clientId={c.id} organisationId={c.organisationId} />
      {readsClientCompensation(me, c.organisationId) ? <ClientCompensation clientId={c.id} /> : null}
      <section className="panel" aria-labelledby="client-person">
        <Heading variant="h2" id="client-person" mb="m">
          {t('clientForm.personSection')}
        </Heading>
        <dl className="details-list" id="client-details">
          <dt>{t('client.personalIdentityCode')}</dt>
          <dd id="client-hetu">{c.personalIdentityCode}</dd>
          <dt>{t('client.dateOfBirth')}</dt>
          <dd>{formatDate(c.dateOfBirth)}</dd>
          <dt>{t('client.preferredLanguage')}</dt>
          <dd>{t(`language.${c.preferredLanguage}`)}</dd>
          <dt>{t('client.needsPlainLanguage')}</dt>
          <dd>{c.needsPlainLanguage ? t('common.yes') : t('common.no')}</dd>
          <dt>{t('client.ownWorker')}</dt>
          <dd>{c.ownWorkerName || t('common.none')}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="client-contact">
        <Heading variant="h2" id="client-contact" mb="m">
          {t('clientForm.contactSection')}
        </Heading>
        <dl className="details-list">
          <dt>{t('client.phone')}</dt>
          <dd>{val(c.phone)}</dd>
          <dt>{t('client.email')}</dt>
          <dd>{val(c.email)}</dd>
          <dt>{t('client.address')}</dt>
          <dd>
            {c.streetAddress || c.postalCode || c.postOffice ? (
              <>
                {c.streetAddress}
                {c.streetAddress ? <br /> : null}
                {[c.postalCode, c.postOffice].filter(Boolean).join(' ')}
              </>
            ) : (
              dash
            )}
          </dd>
          <dt>{t('client.municipality')}</dt>
          <dd>{val(c.municipality)}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="client-rep">
        <Heading variant="h2" id="client-rep" mb="m">
          {t('clientForm.representativeSection')}
        </Heading>
        {c.representativeKind ? (
          <dl className="details-list">
            <dt>{t('client.representativeKind')}</dt>
            <dd>{t(`representativeKind.${c.representativeKind}`)}</dd>
            <dt>{t('client.representativeName')}</dt>
            <dd>{val(c.representativeName)}</dd>
            <dt>{t('client.representativePhone')}</dt>
            <dd>{val(c.representativePhone)}</dd>
          </dl>
        ) : (
          <Paragraph>{t('client.noRepresentative')}</Paragraph>
        )}
      </section>
      <Paragraph className="muted" mb="m">
        {t('client.timestamps', { created: formatDateTime(c.createdAt), updated: formatDateTime(c.updatedAt) })}
      </Paragraph>
      {isManager ? (
        <section className="panel" aria-labelledby="client-log">
          <Heading variant="h2" id="client-log" mb="s">
            {t('accessLog.title')}
          </Heading>
          <Paragraph mb="s">{t('accessLog.intro')}</Paragraph>
          <AppLink to={`/clients/${c.id}/access-log`} id="access-log-link">
            {t('accessLog.open')}
          </AppLink>
        </section>
      ) : null}
    </>
  );
}
