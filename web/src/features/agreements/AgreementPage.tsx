import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Link, Notification, Paragraph } from 'suomifi-ui-components';
import { IconEdit } from 'suomifi-icons';
import { documentUrl } from './api';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';

import { DocumentUpload } from './DocumentUpload';
import { productSummary } from '../registry/products';
import { hasRole, useAuth } from '../../shared/auth';
import { formatDate } from '../../shared/format';
import { ENDING_DAYS } from './AgreementsPage';
import { agreementsApi } from './api';
import { registryApi } from '../registry/api';

export default function AgreementPage() {
  const { id } = useParams();
  const agreementId = Number(id);
  const { t, i18n } = useTranslation('placements');
  const navigate = useNavigate();
  const location = useLocation();
  const { me } = useAuth();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const q = useQuery({ queryKey: ['agreement', agreementId], queryFn: () => agreementsApi.getAgreement(agreementId) });
  const places = useQuery({ queryKey: ['places', 'all'], queryFn: () => registryApi.listPlaces() });
  const products = useQuery({ queryKey: ['service-products'], queryFn: () => registryApi.listServiceProducts() });
  const ending = useQuery({ queryKey: ['agreements', 'ending', ENDING_DAYS], queryFn: () => agreementsApi.listAgreements(ENDING_DAYS) });

  if (q.isPending) return <Loading text={t('common.loading')} />;
  if (q.isError)
    return (
      <>
        <PageTitle title={t('agreement.pageTitle')}>{t('agreement.pageTitle')}</PageTitle>
        <ErrorNotice error={q.error} />
      </>
    );
  const a = q.data;
  const canEdit = hasRole(me, ['manager'], a.purchaserOrganisationId);
  const endingSoon = (ending.data?.items ?? []).some((x) => x.id === a.id);
  const placeById = new Map((places.data?.items ?? []).map((p) => [p.id, p]));
  const productById = new Map((products.data?.items ?? []).map((p) => [p.id, p]));
  return (
    <>
      <Paragraph mb="s">
        <AppLink to="/agreements">{t('agreement.back')}</AppLink>
      </Paragraph>
      <div className="page-head">
        <PageTitle title={a.title}>{a.title}</PageTitle>
        {canEdit ? (
          <Button variant="secondary" icon={<IconEdit />} onClick={() => navigate(`/agreements/${a.id}/edit`)} id="edit-agreement">
            {t('agreement.edit')}
          </Button>
        ) : null}
      </div>
      {saved ? (
        <Notification id="agreement-saved" status="neutral" headingText={t('agreement.saved')} headingVariant="h2" showCloseButton={false} mb="m">
          {t('agreement.savedText')}
        </Notification>
      ) : null}
      <section className="panel" aria-labelledby="ag-basic">
        <Heading variant="h2" id="ag-basic" mb="m">
          {t('agreement.basicSection')}
        </Heading>
        <dl className="details-list" id="agreement-details">
          <dt>{t('agreement.kind')}</dt>
          <dd>{t(`agreementKind.${a.kind}`)}</dd>
          <dt>{t('agreement.purchaser')}</dt>
          <dd>{a.purchaserName}</dd>
          <dt>{t('agreement.partner')}</dt>
          <dd>{a.partnerName}</dd>
          <dt>{t('agreement.valid')}</dt>
          <dd>
            {formatDate(a.validFrom)}–{formatDate(a.validUntil)}
            {endingSoon ? (
              <>
                {' '}
                <span className="pl-ending">{t('agreements.endingSoon')}</span>
              </>
            ) : null}
          </dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="ag-places">
        <Heading variant="h2" id="ag-places" mb="m">
          {t('agreement.places')}
        </Heading>
        {a.placeIds.length ? (
          <ul id="agreement-places">
            {a.placeIds.map((pid) => (
              <li key={pid}>
                <AppLink to={`/places/${pid}`}>{placeById.get(pid)?.name ?? t('agreement.placeN', { id: pid })}</AppLink>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('common.none')}</Paragraph>
        )}
      </section>
      <section className="panel" aria-labelledby="ag-products">
        <Heading variant="h2" id="ag-products" mb="m">
          {t('agreement.products')}
        </Heading>
        {products.isError ? <ErrorNotice error={products.error} /> : null}
        {a.productIds.length ? (
          <ul id="agreement-products">
            {a.productIds.map((pid) => {
              const p = productById.get(pid);
              return (
                <li key={pid}>
                  {p
                    ? t('agreement.productLine', {
                        name: p.name,
                        type: t(`serviceType.${p.serviceType}`),
                        summary: productSummary(p, t, i18n.language),
                      })
                    : t('agreement.productN', { id: pid })}
                </li>
              );
            })}
          </ul>
        ) : (
          <Paragraph>{t('common.none')}</Paragraph>
        )}
      </section>
      <section className="panel" aria-labelledby="ag-docs">
        <Heading variant="h2" id="ag-docs" mb="m">
          {t('agreement.documents')}
        </Heading>
        {a.documents.length ? (
          <ul id="agreement-documents">
            {a.documents.map((d) => (
              <li key={d.id}>
                <Link href={documentUrl(a.id, d.id)}>{d.fileName}</Link>{' '}
                <span className="muted">({t('agreement.sizeKb', { kb: Math.max(1, Math.round(d.sizeBytes / 1024)) })})</span>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph mb="m">{t('agreement.noDocuments')}</Paragraph>
        )}
        {canEdit ? <DocumentUpload agreementId={a.id} /> : null}
      </section>
    </>
  );
}
