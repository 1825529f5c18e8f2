// Approving a month: the manager's button on an open month that has ended, the confirmation that says what approval
// freezes, and the outcome (the server's own words when it refuses, e.g. "already approved").
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Notification, Paragraph } from 'suomifi-ui-components';
import { compensationApi, compensationKeys, type CompensationBatch } from './api';
import { formatMoney } from './money';
import { refusalMessages } from './refusal';

/** `ended` only chooses the explanation shown instead of the button; the button itself is the server's mayApprove. */
export function ApproveMonth({ batch, monthLabel, ended }: { batch: CompensationBatch; monthLabel: string; ended: boolean }) {
  const { t, i18n } = useTranslation('compensation');
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const approveRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // Where the focus goes when the dialog closes: back to the button, or to the outcome once there is one.
  const returnTo = useRef<HTMLElement | null>(null);

  const close = (to: HTMLElement | null) => {
    returnTo.current = to;
    setConfirming(false);
  };

  async function approve() {
    setPending(true);
    setError(null);
    try {
      const approved = await compensationApi.approve(batch.organisationId, batch.month);
      qc.setQueryData(compensationKeys.batch(batch.organisationId, batch.month), approved);
      void qc.invalidateQueries({ queryKey: compensationKeys.batches(batch.organisationId) });
      // The clients' claims and adjustments now name the batch that paid them.
      void qc.invalidateQueries({ queryKey: ['compensation', 'client'] });
      setDone(batch.month);
    } catch (e) {
      setError(e);
      // Someone else may have approved it meanwhile: the month is read again.
      void qc.invalidateQueries({ queryKey: compensationKeys.batch(batch.organisationId, batch.month) });
    } finally {
      setPending(false);
      close(resultRef.current);
    }
  }

  const showButton = batch.mayApprove;
  return (
    <>
      <div ref={resultRef} tabIndex={-1} id="approval-result" className="cm-result">
        {done === batch.month && batch.approved ? (
          <Notification
            id="approval-done"
            headingText={t('approve.doneHeading')}
            headingVariant="h3"
            showCloseButton={false}
            mb="m"
          >
            {t('approve.doneText', { month: monthLabel })}
          </Notification>
        ) : null}
        {error ? (
          <Notification status="error" id="approval-error" headingText={t('approve.failed')} headingVariant="h3" showCloseButton={false} mb="m">
            <ul className="cm-list">
              {refusalMessages(t, error).map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </Notification>
        ) : null}
      </div>
      {!batch.approved && !ended ? (
        <Paragraph mb="m" id="batch-not-ended">
          {t('status.notEnded')}
        </Paragraph>
      ) : null}
      {!batch.approved && ended && !batch.mayApprove ? (
        <Paragraph mb="m" id="batch-manager-approves">
          {t('status.managerApproves')}
        </Paragraph>
      ) : null}
      {showButton ? (
        <div className="form-actions" style={{ marginTop: 0, marginBottom: 16 }}>
          <Button
            id="approve-month"
            ref={approveRef}
            onClick={() => {
              setError(null);
              setConfirming(true);
            }}
          >
            {t('approve.button')}
          </Button>
        </div>
      ) : null}
      <Modal
        appElementId="root"
        visible={confirming}
        onEscKeyDown={() => close(approveRef.current)}
        focusOnOpenRef={cancelRef}
        focusOnCloseRef={returnTo}
        ariaLabelledBy="approve-dialog-title"
      >
        <ModalContent>
          <ModalTitle id="approve-dialog-title">{t('approve.title', { month: monthLabel })}</ModalTitle>
          <Paragraph mb="s">{t('approve.text')}</Paragraph>
          <Paragraph id="approve-dialog-sum">{t('approve.sum', { sum: formatMoney(batch.totalCents, i18n.language) })}</Paragraph>
        </ModalContent>
        <ModalFooter>
          <Button onClick={() => void approve()} disabled={pending} id="approve-confirm">
            {pending ? t('approve.approving') : t('approve.confirm')}
          </Button>
          <Button variant="secondary" onClick={() => close(approveRef.current)} id="approve-cancel" ref={cancelRef}>
            {t('translation:common.cancel')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
}
