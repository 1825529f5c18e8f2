import { useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Modal, ModalContent, ModalFooter, ModalTitle, Notification, Paragraph } from 'suomifi-ui-components';
import { IconEdit } from 'suomifi-icons';
import { isStaleVersion } from '../../shared/api/client';
import type { Decision, DecisionInput } from '../../shared/api/types';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { FieldForm, toFormValues } from '../../shared/fieldForm';
import { DECISION_FIELDS } from '../cases/stageFields';
import { useServiceTypes } from '../serviceTypes/serviceTypes';
import { formatDate, formatDateTime } from '../../shared/format';
import { useMayDecide } from './mayDecide';
import { casesApi } from '../cases/api';
import { decisionsApi } from './api';
import { DecisionPdfLinks } from './DecisionPdfLinks';

/** A decision as a readable document; editable while a draft, immutable once signed. */
export default function DecisionPage() {
  const { id } = useParams();
  const decisionId = Number(id);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();
  const types = useServiceTypes();
  const q = useQuery({ queryKey: ['decision', decisionId], queryFn: () => decisionsApi.getDecision(decisionId) });
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [signError, setSignError] = useState<unknown>(null);
  const [signing, setSigning] = useState(false);
  const [justSigned, setJustSigned] = useState(false);
  const [reloads, setReloads] = useState(0);
  const signRef = useRef<HTMLButtonElement>(null);
  const owner = useQuery({
    queryKey: ['case', q.data?.caseId],
    queryFn: () => casesApi.getCase(q.data!.caseId),
    enabled: q.data !== undefined,
  });
  const mayDecide = useMayDecide(owner.data?.organisationId, owner.data?.regionId);
  const created = (location.state as { created?: boolean } | null)?.created === true;

  if (q.isPending) return <Loading text={t('common.loading')} />;
  if (q.isError) {
    return (
      <>
        <PageTitle title={t('decision.title')}>{t('decision.title')}</PageTitle>
        <ErrorNotice error={q.error} />
      </>
    );
  }
  const d: Decision = q.data;
  const draft = d.status === 'draft';
  const stored = (x: Decision) => {
    qc.setQueryData(['decision', x.id], x);
    void qc.invalidateQueries({ queryKey: ['case', x.caseId] });
    void qc.invalidateQueries({ queryKey: ['timeline', x.caseId] });
    void qc.invalidateQueries({ queryKey: ['my-work'] });
    void qc.invalidateQueries({ queryKey: ['tasks'] });
  };

  async function sign() {
    setSigning(true);
    setSignError(null);
    try {
      const x = await decisionsApi.signDecision(d.id, d.version);
      stored(x);
      setConfirming(false);
      setJustSigned(true);
    } catch (e) {
      setConfirming(false);
      setSignError(e);
      if (isStaleVersion(e)) void q.refetch();
    } finally {
      setSigning(false);
    }
  }

  const title = t('decision.documentTitle', { service: types.name(d.serviceType) });
  return (
    <>
      <Paragraph mb="s" className="no-print">
        <AppLink to={`/cases/${d.caseId}`} id="back-to-case">
          {t('decision.backToCase')}
        </AppLink>
      </Paragraph>
      <div className="page-head">
        <PageTitle title={title}>{title}</PageTitle>
        <span className={`badge ${d.status === 'signed' ? 'badge--ok' : d.status === 'draft' ? 'badge--warn' : ''}`} id="decision-status">
          {t(`decisionStatus.${d.status}`)}
        </span>
      </div>
      <div role="status" aria-live="polite">
        {justSigned ? (
          <Notification id="signed-notice" headingText={t('decision.signedHeading')} headingVariant="h2" showCloseButton={false} mb="m">
            {t('decision.signedText')}
          </Notification>
        ) : created && draft ? (
          <Notification id="created-notice" headingText={t('decision.createdHeading')} headingVariant="h2" showCloseButton={false} mb="m">
            {t('decision.createdText')}
          </Notification>
        ) : null}
      </div>
      {signError ? <ErrorNotice error={signError} heading={t('decision.signFailed')} /> : null}
      {d.status !== 'draft' ? (
        <div className="immutable-note" id="immutable-note">
          {d.status === 'signed'
            ? t('decision.immutable', { at: formatDateTime(d.signedAt) })
            : t('decision.replacedNote')}
        </div>
      ) : null}

      <article className="decision-doc" id="decision-document" aria-labelledby="decision-doc-heading">
        <Heading variant="h2" id="decision-doc-heading" mb="m">
          {t('decision.docHeading')}
        </Heading>
        <dl className="details-list">
          <dt>{t('decision.client')}</dt>
          <dd id="decision-client">{owner.data?.clientName ?? ''}</dd>
          <dt>{t('decision.serviceType')}</dt>
          <dd>{types.name(d.serviceType)}</dd>
          <dt>{t('decision.legalBasis')}</dt>
          {/* Written in the client's language, which may differ from the UI's (WCAG 3.1.2). */}
          <dd id="decision-legal-basis" lang={d.language}>
            {d.legalBasis}
          </dd>
          <dt>{t('decision.period')}</dt>
          <dd id="decision-period">
            {formatDate(d.startDate)}–{formatDate(d.endDate)}
          </dd>
          <dt>{t('decision.limits')}</dt>
          <dd>{t('decision.limitsText', { days: d.daysPerWeekMax, hours: d.hoursPerDayMax })}</dd>
          <dt>{t('decision.maker')}</dt>
          <dd id="decision-maker">{d.decisionMakerName}</dd>
          <dt>{t('decision.decisionDate')}</dt>
          <dd>{formatDate(d.decisionDate)}</dd>
          <dt>{t('decision.signed')}</dt>
          <dd>{d.signedAt ? formatDateTime(d.signedAt) : t('decision.notSigned')}</dd>
          {d.replacesDecisionId ? (
            <>
              <dt>{t('decision.replaces')}</dt>
              <dd>
                <AppLink to={`/decisions/${d.replacesDecisionId}`}>{t('decision.replacesLink', { id: d.replacesDecisionId })}</AppLink>
              </dd>
            </>
          ) : null}
        </dl>
        <Heading variant="h3" mt="l" mb="s">
          {t('decision.appealHeading')}
        </Heading>
        <div className="appeal-text" id="decision-appeal" lang={d.language}>
          {d.appealInstructions.split(/\n{2,}/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </article>

      <div className="no-print" id="decision-pdf" style={{ marginBottom: 16 }}>
        <DecisionPdfLinks id={d.id} idp="decision" />
      </div>
      {draft && owner.isSuccess && !mayDecide ? (
        <Paragraph mb="m" id="decide-hint" className="no-print">
          {t('decisions.onlyDecisionMakers')}
        </Paragraph>
      ) : null}
      <div className="form-actions no-print" style={{ marginBottom: 20 }}>
        {draft && !editing && mayDecide ? (
          <>
            <Button onClick={() => setConfirming(true)} id="sign-decision" ref={signRef}>
              {t('decision.sign')}
            </Button>
            <Button variant="secondary" icon={<IconEdit />} onClick={() => setEditing(true)} id="edit-decision">
              {t('decision.edit')}
            </Button>
          </>
        ) : null}
        {d.status === 'signed' && mayDecide ? (
          <Button variant="secondary" onClick={() => navigate(`/cases/${d.caseId}/decisions/new?replaces=${d.id}`)} id="replace-decision">
            {t('decision.replace')}
          </Button>
        ) : null}
        <Button variant="secondaryNoBorder" onClick={() => window.print()} id="print-decision">
          {t('decision.print')}
        </Button>
      </div>

      {draft && editing && mayDecide ? (
        <section className="panel no-print" aria-labelledby="decision-edit-heading">
          <Heading variant="h2" id="decision-edit-heading" mb="m">
            {t('decision.editHeading')}
          </Heading>
          <FieldForm
            key={reloads}
            idPrefix="decision"
            summaryLevel="h3"
            fields={DECISION_FIELDS}
            initial={toFormValues(DECISION_FIELDS, d as unknown as Record<string, unknown>)}
            onSubmit={async (body) => {
              const x = await decisionsApi.updateDecision(d.id, {
                ...(body as unknown as DecisionInput),
                replacesDecisionId: d.replacesDecisionId,
                version: d.version,
              });
              stored(x);
              setEditing(false);
            }}
            onReload={async (replace) => {
              await q.refetch();
              if (replace) setReloads((n) => n + 1);
            }}
            extraActions={
              <Button variant="secondary" onClick={() => setEditing(false)} id="decision-edit-cancel">
                {t('common.cancel')}
              </Button>
            }
          />
        </section>
      ) : null}

      <Modal
        appElementId="root"
        visible={confirming}
        onEscKeyDown={() => setConfirming(false)}
        focusOnCloseRef={signRef}
        ariaLabelledBy="sign-modal-title"
      >
        <ModalContent>
          <ModalTitle id="sign-modal-title">{t('decision.signConfirmTitle')}</ModalTitle>
          <Paragraph>{t('decision.signConfirmText')}</Paragraph>
        </ModalContent>
        <ModalFooter>
          <Button onClick={() => void sign()} disabled={signing} id="sign-confirm">
            {signing ? t('decision.signing') : t('decision.signConfirm')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)} id="sign-cancel">
            {t('common.cancel')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
}
