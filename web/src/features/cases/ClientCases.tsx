import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, DropdownItem, Heading, Paragraph } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import { ApiError } from '../../shared/api/client';
import type { ServiceTypeCode } from '../../shared/api/types';
import { ErrorNotice, Loading } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { useServiceTypes } from '../serviceTypes/serviceTypes';
import { casesApi } from './api';
import { CaseTable } from './CaseTable';

/** The "Cases" section of the client page, with "New case". */
export function ClientCases({ clientId, organisationId }: { clientId: number; organisationId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const types = useServiceTypes();
  const list = useQuery({ queryKey: ['cases', { clientId }], queryFn: () => casesApi.listCases({ clientId }) });
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<string>('');
  const [region, setRegion] = useState<string>('');
  // The regions of the client's organisation; the region's process model says who does each stage.
  const models = useQuery({ queryKey: ['process-models'], queryFn: casesApi.listProcessModels, staleTime: 60_000 });
  const regions = (models.data?.items ?? []).filter((m) => m.organisationId === organisationId);
  const errors = useServerErrors();
  const [pending, setPending] = useState(false);
  const leave = useLeaveGuard(open && (type !== '' || region !== ''));

  async function create() {
    errors.clear();
    if (!type) {
      errors.refuse({ serviceType: t('validation.required') });
      return;
    }
    setPending(true);
    try {
      const c = await casesApi.createCase({
        clientId,
        serviceType: type as ServiceTypeCode,
        regionId: region ? Number(region) : null,
      });
      qc.setQueryData(['case', c.id], c);
      void qc.invalidateQueries({ queryKey: ['cases'] });
      void qc.invalidateQueries({ queryKey: ['my-work'] });
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      leave.release();
      navigate(`/cases/${c.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && (e.problem?.detail || e.problem?.title)) {
        // e.g. the client already has an open case of this service type: the server's words next to the choice
        errors.refuse({ serviceType: e.problem.detail || e.problem.title });
      } else errors.take(e);
    } finally {
      setPending(false);
    }
  }

  const items = list.data?.items ?? [];
  // Errors of other fields (e.g. the region or the client) are linked to the first choice.
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => (f === 'serviceType' ? t('clientCases.serviceType') : f === 'regionId' ? t('clientCases.region') : null),
    (f) => (f === 'regionId' && regions.length ? 'new-case-region_button' : 'new-case-type_button'),
  );
  return (
    <section className="panel" aria-labelledby="client-cases" id="cases">
      <div className="page-head" style={{ marginBottom: 10 }}>
        <Heading variant="h2" id="client-cases">
          {t('clientCases.heading')}
        </Heading>
        {!open ? (
          <Button icon={<IconPlus />} onClick={() => setOpen(true)} id="new-case">
            {t('clientCases.new')}
          </Button>
        ) : null}
      </div>
      {open ? (
        <FieldErrorSummary
          id="new-case-errors"
          heading={t('validation.summaryHeading', { count: summary.length })}
          headingVariant="h3"
          headingRef={errors.summaryRef}
          items={summary}
        />
      ) : null}
      {open ? (
        <form
          id="new-case-form"
          className="row-inline"
          style={{ marginBottom: 20 }}
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
          noValidate
        >
          <Dropdown
            id="new-case-type"
            labelText={t('clientCases.serviceType')}
            visualPlaceholder={t('common.choose')}
            value={type || null}
            onChange={(v) => setType(v)}
            {...errors.statusOf('serviceType')}
          >
            {types.items.map((s) => (
              <DropdownItem key={s.code} value={s.code}>
                {types.local(s.name)}
              </DropdownItem>
            ))}
          </Dropdown>
          {regions.length ? (
            <Dropdown
              id="new-case-region"
              labelText={t('clientCases.region')}
              optionalText={t('common.optional')}
              visualPlaceholder={t('common.choose')}
              value={region || null}
              onChange={(v) => setRegion(v)}
            >
              {regions.map((m) => (
                <DropdownItem key={m.regionId} value={String(m.regionId)}>
                  {m.regionName}
                </DropdownItem>
              ))}
            </Dropdown>
          ) : null}
          <Button type="submit" disabled={pending} id="create-case">
            {t('clientCases.create')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)} id="new-case-cancel">
            {t('common.cancel')}
          </Button>
        </form>
      ) : null}
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      {list.isPending ? <Loading text={t('common.loading')} /> : null}
      {list.isError ? <ErrorNotice error={list.error} /> : null}
      {list.isSuccess && !items.length ? <Paragraph id="no-cases">{t('clientCases.none')}</Paragraph> : null}
      {items.length ? (
        <CaseTable
          id="case-table"
          cases={items}
          columns={['serviceType', 'stage', 'stageSince', 'responsible', 'status']}
          caption={t('clientCases.heading')}
        />
      ) : null}
    </section>
  );
}
