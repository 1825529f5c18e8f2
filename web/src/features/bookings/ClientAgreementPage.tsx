import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Notification, Paragraph, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../shared/api/client';
import { PARTIES, type ClientAgreement, type Party, bookingsApi } from './api';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { useHashTarget } from '../../shared/hashTarget';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { hasRole, useAuth, WORKER_ROLES } from '../../shared/auth';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { Continuation } from './Continuation';

import { formatDate, formatDateTime } from '../../shared/format';
import { registryApi } from '../registry/api';

export default function ClientAgreementPage() {
  const { id } = useParams();
  const agreementId = Number(id);
  const { t, i18n } = useTranslation('placements');
  const location = useLocation();
  const q = useQuery({ queryKey: ['client-agreement', agreementId], queryFn: () => bookingsApi.getClientAgreement(agreementId) });
  const place = useQuery({
    queryKey: ['place', q.data?.placeId],
    queryFn: () => registryApi.getPlace(q.data!.placeId),
    enabled: q.isSuccess,
  });
  // The agreement names its client for everyone who reads it; only the purchaser's workers open the client's page.
  const { me } = useAuth();
  const readsClient = q.isSuccess && hasRole(me, WORKER_ROLES, q.data.purchaserOrganisationId);
  // A task's link lands on the party whose acknowledgement waits (#ack-host).
  useHashTarget(q.isSuccess);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const title = t('clientAgreement.title');
  if (q.isPending) return <Loading text={t('common.loading')} />;
  if (q.isError)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <ErrorNotice error={q.error} />
      </>
    );
  const a = q.data;
  return (
    <>
      {readsClient ? (
        <Paragraph mb="s">
          <AppLink to={`/clients/${a.clientId}`}>{t('match.backToClient')}</AppLink>
        </Paragraph>
      ) : null}
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph mb="m" id="client-agreement-client">
        {t('match.forClient', { name: a.clientName })}
      </Paragraph>
      <Paragraph mb="m">
        {/* Printed in the UI's language, the other of Finnish and Swedish beside it; kept once all have acknowledged. */}
        <a href={`/api/v1/client-agreements/${a.id}/pdf?lang=${i18n.resolvedLanguage ?? 'fi'}`} target="_blank" rel="noopener" id="client-agreement-pdf">
          {t('clientAgreement.pdf')}
        </a>
        {' · '}
        <a
          href={`/api/v1/client-agreements/${a.id}/pdf?lang=${i18n.resolvedLanguage === 'sv' ? 'fi' : 'sv'}`}
          target="_blank"
          rel="noopener"
          id="client-agreement-pdf-other"
          lang={i18n.resolvedLanguage === 'sv' ? 'fi' : 'sv'}
        >
          {t('clientAgreement.pdfOther')}
        </a>
      </Paragraph>
      {saved ? (
        <div role="status">
          <Notification id="client-agreement-saved" headingText={t('clientAgreement.saved')} headingVariant="h2" showCloseButton={false} mb="m">
            {t('clientAgreement.savedText')}
          </Notification>
        </div>
      ) : null}
      <section className="panel" aria-labelledby="ca-basic">
        <Heading variant="h2" id="ca-basic" mb="m">
          {t('place.basicSection')}
        </Heading>
        <dl className="details-list" id="client-agreement-details">
          <dt>{t('clientAgreement.placeId')}</dt>
          <dd>
            <AppLink to={`/places/${a.placeId}`}>{place.data?.name ?? t('agreement.placeN', { id: a.placeId })}</AppLink>
          </dd>
          <dt>{t('clientAgreement.period')}</dt>
          <dd>
            {formatDate(a.startDate)}–{formatDate(a.endDate)}
          </dd>
          <dt>{t('clientAgreement.extent')}</dt>
          <dd>{t('clientAgreement.extentValue', { days: a.daysPerWeek, hours: a.hoursPerDay })}</dd>
          <dt>{t('clientAgreement.tasks')}</dt>
          <dd>{a.tasks}</dd>
          <dt>{t('clientAgreement.responsiblePersons')}</dt>
          <dd>{a.responsiblePersons}</dd>
          {a.nextId ? (
            <>
              <dt>{t('clientAgreement.next')}</dt>
              <dd>
                <AppLink to={`/client-agreements/${a.nextId}`} id="next-agreement-link">
                  {t('clientAgreement.nextLink')}
                </AppLink>
              </dd>
            </>
          ) : null}
          {a.previousId ? (
            <>
              <dt>{t('clientAgreement.previous')}</dt>
              <dd>
                <AppLink to={`/client-agreements/${a.previousId}`} id="previous-agreement-link">
                  {t('clientAgreement.previousLink')}
                </AppLink>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <Acknowledgements agreement={a} />
      {a.nextId === null ? <Continuation key={a.id} agreement={a} /> : null}
    </>
  );
}

const METHODS = ['in_person', 'phone', 'paper'] as const;
type Method = (typeof METHODS)[number];

/** Each party's acknowledgement: done (by whom; the client's also how and who recorded it), a form for the
 *  parties the reader may record, or that it waits for the party itself. */
function Acknowledgements({ agreement }: { agreement: ClientAgreement }) {
  const { t } = useTranslation('placements');
  const qc = useQueryClient();
  const [names, setNames] = useState<Record<string, string>>({});
  const [method, setMethod] = useState<Method | ''>('');
  const [error, setError] = useState<{ party: Party; error: unknown } | null>(null);
  useLeaveGuard(Object.values(names).some((n) => n.trim() !== '') || method !== '');
  // A refused acknowledgement: its summary gets the focus once shown.
  const summaryRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (error?.error instanceof ApiError && error.error.status === 422) summaryRef.current?.focus();
  }, [error]);
  const ack = useMutation({
    mutationFn: (party: Party) =>
      bookingsApi.acknowledge(agreement.id, {
        party,
        name: (names[party] ?? '').trim() || undefined,
        method: party === 'client' && method ? method : undefined,
      }),
    onSuccess: (a, party) => {
      setError(null);
      setNames((o) => ({ ...o, [party]: '' }));
      if (party === 'client') setMethod('');
      qc.setQueryData(['client-agreement', a.id], a);
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      void qc.invalidateQueries({ queryKey: ['case'] });
    },
    onError: (e, party) => setError({ party, error: e }),
  });
  const done = new Map(agreement.acknowledgements.map((x) => [x.party, x]));
  const mine = new Set<string>(agreement.mayAcknowledge);
  const fieldError = (party: Party, field: string): string | undefined =>
    error?.party === party && error.error instanceof ApiError ? error.error.fieldErrors()[field] : undefined;
  return (
    <section className="panel" aria-labelledby="ca-acks">
      <Heading variant="h2" id="ca-acks" mb="s">
        {t('clientAgreement.acknowledgements')}
      </Heading>
      <Paragraph mb="m">{t('clientAgreement.acknowledgementsIntro')}</Paragraph>
      <ul className="pl-plain-list" id="acknowledgements">
        {PARTIES.map((party) => {
          const a = done.get(party);
          const nameError = fieldError(party, 'name');
          const methodError = fieldError(party, 'method');
          const refused = error?.party === party && error.error instanceof ApiError ? error.error.fieldErrors() : {};
          const summary = summaryItems(
            refused,
            (f) => (f === 'name' ? t(party === 'client' ? 'clientAgreement.ackClientName' : 'clientAgreement.ackName') : f === 'method' ? t('clientAgreement.ackMethod') : null),
            (f) => (f === 'method' ? `ack-method-${METHODS[0]}` : `ack-name-${party}`),
          );
          return (
            <li key={party} className="pl-ack" id={`ack-${party}`}>
              <Heading variant="h3" mb="xs">
                {t(`party.${party}`)}
              </Heading>
              {!a && party === 'provider' && agreement.providerOrganisationId === null ? (
                <Paragraph className="muted">{t('clientAgreement.noProvider')}</Paragraph>
              ) : a ? (
                <>
                  <Paragraph>
                    <span className="pl-reason__state pl-ok">{t('clientAgreement.acknowledged')}: </span>
                    {t('clientAgreement.acknowledgedBy', { name: a.name, at: formatDateTime(a.acknowledgedAt) })}
                  </Paragraph>
                  {party === 'client' ? (
                    <Paragraph className="muted" id="ack-client-recorded">
                      {a.method
                        ? t('clientAgreement.recordedOnBehalf', { name: a.recordedBy, method: t(`ackMethod.${a.method}`) })
                        : t('clientAgreement.recordedOnBehalfNoMethod', { name: a.recordedBy })}
                    </Paragraph>
                  ) : null}
                </>
              ) : mine.has(party) ? (
                <>
                  <FieldErrorSummary
                    id={`ack-errors-${party}`}
                    heading={t('common.summaryHeading', { count: summary.length })}
                    headingVariant="h4"
                    headingRef={summaryRef}
                    items={summary}
                  />
                  <form
                    className={party === 'client' ? 'pl-ack-form' : 'row-inline'}
                    onSubmit={(e: FormEvent) => {
                      e.preventDefault();
                      ack.mutate(party);
                    }}
                  >
                    <TextInput
                      id={`ack-name-${party}`}
                      labelText={party === 'client' ? t('clientAgreement.ackClientName') : t('clientAgreement.ackName')}
                      optionalText={party === 'client' ? undefined : t('common.optional')}
                      hintText={party === 'client' ? undefined : t('clientAgreement.ackNameHint')}
                      value={names[party] ?? ''}
                      onChange={(v) => setNames((o) => ({ ...o, [party]: String(v ?? '') }))}
                      status={nameError ? 'error' : 'default'}
                      statusText={nameError}
                    />
                    {party === 'client' ? (
                      <RadioButtonGroup
                        id="ack-method"
                        name="ack-method"
                        labelText={t('clientAgreement.ackMethod')}
                        groupHintText={t('clientAgreement.ackMethodHint')}
                        value={method}
                        onChange={(v) => setMethod(v as Method)}
                        groupStatus={methodError ? 'error' : 'default'}
                        groupStatusText={methodError}
                      >
                        {METHODS.map((m) => (
                          <RadioButton key={m} value={m} id={`ack-method-${m}`}>
                            {t(`ackMethod.${m}`)}
                          </RadioButton>
                        ))}
                      </RadioButtonGroup>
                    ) : null}
                    <Button type="submit" variant="secondary" id={`ack-save-${party}`} disabled={ack.isPending}>
                      {party === 'client' ? t('clientAgreement.acknowledgeForClient') : t('clientAgreement.acknowledge')}
                    </Button>
                  </form>
                </>
              ) : (
                <Paragraph className="muted" id={`ack-waiting-${party}`}>
                  {t('clientAgreement.waitingFor')}
                </Paragraph>
              )}
              {error?.party === party && !nameError && !methodError ? (
                error.error instanceof ApiError && error.error.status === 403 ? (
                  <Paragraph className="error-text" id={`ack-error-${party}`}>
                    {t('clientAgreement.notYourParty')}
                  </Paragraph>
                ) : (
                  <ErrorNotice error={error.error} />
                )
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
