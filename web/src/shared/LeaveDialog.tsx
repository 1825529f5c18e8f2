// The "leave without saving?" dialog itself; leaveGuard.tsx decides when it shows and loads it lazily.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';

export default function LeaveDialog({ onAnswer }: { onAnswer: (leave: boolean) => void }) {
  const { t } = useTranslation();
  const stayRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      appElementId="root"
      visible
      variant="default"
      onEscKeyDown={() => onAnswer(false)}
      focusOnOpenRef={stayRef}
      ariaLabelledBy="leave-dialog-title"
    >
      <ModalContent>
        <ModalTitle id="leave-dialog-title">{t('leaveGuard.title')}</ModalTitle>
        <Paragraph>{t('leaveGuard.text')}</Paragraph>
      </ModalContent>
      <ModalFooter>
        <Button onClick={() => onAnswer(false)} id="leave-stay" ref={stayRef}>
          {t('leaveGuard.stay')}
        </Button>
        <Button variant="secondary" onClick={() => onAnswer(true)} id="leave-discard">
          {t('leaveGuard.leave')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
