import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Dropdown, DropdownItem, Notification, Paragraph, Table } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import { SERVICE_TYPES } from './api';
import { useAuth } from '../../shared/auth';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';

import { managedProviders, productContents, productSummary } from './products';
import { registryApi } from './api';

const ANY = 'any';

/** Providers' service products; the filters live in the address so that a view can be shared. */
export default function ServiceProductsPage() {
  const { t, i18n } = useTranslation('placements');
  const navigate = useNavigate();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const provider = params.get('provider') ?? ANY;
  const serviceType = params.get('serviceType') ?? ANY;
  const q = useQuery({ queryKey: ['service-products'], queryFn: () => registryApi.listServiceProducts() });
  const own = new Set(managedProviders(me).map((o) => o.id));
  const savedId = (useLocation().state as { saved?: number } | null)?.saved;
  const saved = savedId ? q.data?.items.find((p) => p.id === savedId) : undefined;

  function setFilter(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value === ANY) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  }

  const all = q.data?.items ?? [];
  const providers = [...new Map(all.map((p) => [p.providerOrganisationId, p.providerName])).entries()];
  const items = all.filter(
    (p) => (provider === ANY || String(p.providerOrganisationId) === provider) && (serviceType === ANY || p.serviceType === serviceType),
  );
  const columns = [
    { key: 'name', labelText: t('product.name') },
    { key: 'provider', labelText: t('product.provider') },
    { key: 'serviceType', labelText: t('product.serviceType') },
    { key: 'contents', labelText: t('product.contents.label') },
    { key: 'extent', labelText: t('product.extent') },
  ] as const;

  return (
    <>
      <div className="page-head">
        <PageTitle title={t('products.title')}>{t('products.title')}</PageTitle>
        {own.size ? (
          <Button icon={<IconPlus />} onClick={() => navigate('/service-products/new')} id="new-product">
            {t('products.new')}
          </Button>
        ) : null}
      </div>
      {saved ? (
        <Notification id="product-saved" status="neutral" headingText={t('products.saved')} headingVariant="h2" showCloseButton={false} mb="m">
          {t('products.savedText', { name: saved.name })}
        </Notification>
      ) : null}
      <section className="panel" aria-labelledby="product-filters-heading">
        <h2 className="pl-h2" id="product-filters-heading">
          {t('products.filters')}
        </h2>
        <div className="row-inline">
          <Dropdown id="filter-provider" labelText={t('product.provider')} value={provider} onChange={(v) => setFilter('provider', v)}>
            {[
              <DropdownItem key={ANY} value={ANY}>
                {t('common.any')}
              </DropdownItem>,
              ...providers.map(([id, name]) => (
                <DropdownItem key={id} value={String(id)}>
                  {name}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
          <Dropdown id="filter-serviceType" labelText={t('product.serviceType')} value={serviceType} onChange={(v) => setFilter('serviceType', v)}>
            {[
              <DropdownItem key={ANY} value={ANY}>
                {t('common.any')}
              </DropdownItem>,
              ...SERVICE_TYPES.map((s) => (
                <DropdownItem key={s} value={s}>
                  {t(`serviceType.${s}`)}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
        </div>
      </section>
      {q.isPending ? <Loading text={t('common.loading')} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.isSuccess ? (
        <>
          <Paragraph mb="s" id="product-count" aria-live="polite">
            {t('products.count', { count: items.length })}
          </Paragraph>
          {items.length ? (
            <Table
              id="product-table"
              caption={t('products.caption')}
              columns={columns}
              data={items.map((p) => ({
                id: String(p.id),
                name: own.has(p.providerOrganisationId) ? (
                  <AppLink to={`/service-products/${p.id}/edit`} id={`product-${p.id}`}>
                    {p.name}
                  </AppLink>
                ) : (
                  <span id={`product-${p.id}`}>{p.name}</span>
                ),
                provider: p.providerName,
                serviceType: t(`serviceType.${p.serviceType}`),
                // Contents and the guidance minimum share a cell so the table fits a laptop screen.
                contents: (
                  <>
                    {productContents(p, t)}
                    <br />
                    {t('product.minGuidance')}: {t('product.guidanceHours', { count: p.minGuidanceHoursPer3Months })}
                  </>
                ),
                extent: <span data-summary={p.id}>{productSummary(p, t, i18n.language)}</span>,
              }))}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
