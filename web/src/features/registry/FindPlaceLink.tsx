import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { useAuth } from '../../shared/auth';
import { AppLink } from '../../shared/common';
import { canMatch } from './access';

/** On the client page: the way to the matching of placements for this client. */
export function FindPlaceLink({ clientId }: { clientId: number }) {
  const { t } = useTranslation('placements');
  const { me } = useAuth();
  if (!canMatch(me)) return null;
  return (
    <Paragraph mb="m">
      <AppLink to={`/places/match?clientId=${clientId}`} id="find-place-link">
        {t('client.findPlace')}
      </AppLink>
    </Paragraph>
  );
}
