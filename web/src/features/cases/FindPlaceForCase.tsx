import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { Case } from '../../shared/api/types';
import { AppLink } from '../../shared/common';

/** While the case is planned or starting, its editors may look for a placement tied to it. */
export function FindPlaceForCase({ c }: { c: Case }) {
  const { t } = useTranslation('placements');
  if (c.access !== 'edit' || (c.stage !== 'plan' && c.stage !== 'start')) return null;
  return (
    <Paragraph mb="m">
      <AppLink to={`/places/match?clientId=${c.clientId}&caseId=${c.id}`} id="find-place-for-case">
        {t('caseLink.find')}
      </AppLink>
    </Paragraph>
  );
}
