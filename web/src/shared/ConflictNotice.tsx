import { useTranslation } from 'react-i18next';
import { Button, Notification } from 'suomifi-ui-components';

/** A stale-version (409 `stale_version`) notice for simple forms: the typed values stay until the user chooses. */
export function ConflictNotice({ onKeepMine, onUseSaved }: { onKeepMine: () => void; onUseSaved: () => void }) {
  const { t } = useTranslation();
  return (
    <Notification
      id="conflict-notice"
      status="error"
      headingText={t('conflict.heading')}
      headingVariant="h2"
      showCloseButton={false}
      mb="m"
      actionElements={
        <>
          <Button variant="secondary" onClick={onKeepMine} id="keep-mine">
            {t('conflict.keepMine')}
          </Button>
          <Button variant="secondary" onClick={onUseSaved} id="use-saved">
            {t('conflict.useSavedReload')}
          </Button>
        </>
      }
    >
      {t('conflict.textSimple')}
    </Notification>
  );
}
