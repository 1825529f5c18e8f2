// The way from the supervisor's start page to the placement feedback of their places' periods (forms' page
// /placement-feedback); a period whose feedback is due is also among the tasks above.
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { AppLink } from '../../shared/common';

export function FeedbackSection() {
  const { t } = useTranslation('supervisor');
  return (
    <section className="panel" aria-labelledby="feedback-heading" id="feedback">
      <Heading variant="h2" id="feedback-heading" mb="s">
        {t('feedback.heading')}
      </Heading>
      <Paragraph mb="xs">{t('feedback.text')}</Paragraph>
      <AppLink to="/placement-feedback" id="feedback-link">
        {t('feedback.link')}
      </AppLink>
    </section>
  );
}
