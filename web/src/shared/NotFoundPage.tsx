import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { AppLink, PageTitle } from './common';

export default function NotFoundPage({ forbidden = false }: { forbidden?: boolean }) {
  const { t } = useTranslation();
  const title = forbidden ? t('errors.forbiddenTitle') : t('errors.notFoundTitle');
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph mb="m">{forbidden ? t('errors.forbiddenText') : t('errors.notFoundText')}</Paragraph>
      <AppLink to="/">{t('errors.toStart')}</AppLink>
    </>
  );
}
