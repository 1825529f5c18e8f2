/** The one date field of the UI: suomifi's DateInput with its picker in the UI's language and the format hint. */
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from 'suomifi-ui-components';
import { SUPPORTED, type UiLanguage } from '../i18n';

type Props = Omit<ComponentProps<typeof DateInput>, 'language'>;

export function DateField({ hintText, datePickerEnabled = true, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const language = (SUPPORTED as readonly string[]).includes(i18n.language) ? (i18n.language as UiLanguage) : 'fi';
  return (
    <DateInput
      {...rest}
      language={language}
      datePickerEnabled={datePickerEnabled}
      hintText={hintText ?? t('translation:common.dateHint')}
    />
  );
}
