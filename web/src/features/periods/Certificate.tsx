// The certificate of participation of a period that has started: what was learned in the issuer's words and the
// certificate's language; the server prints it and keeps it on the case's documents, anew each time it is issued.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Notification, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { ErrorNotice } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { sharedKeys } from '../../shared/queryKeys';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { periodsApi, type CertificateInput, type IssuedDocument, type Period } from './api';

type Language = CertificateInput['language'];
const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];
const MAX_LEARNED = 2000;

const asLanguage = (l: string | null | undefined): Language | null =>
  l === 'fi' || l === 'sv' || l === 'en' ? l : null;

/**
 * The action and its form under a period. `clientLanguage` is the default language (else the UI's). On 201 the form
 * closes and the issued file is linked; the case's documents are listed anew (the shared key, `sharedKeys`).
 */
export function Certificate({ period, clientLanguage }: { period: Period; clientLanguage: string | null | undefined }) {
  const { t, i18n } = useTranslation('periods');
  const qc = useQueryClient();
  const idp = `certificate-${period.id}`;
  const initialLanguage = asLanguage(clientLanguage) ?? asLanguage(i18n.resolvedLanguage) ?? 'fi';
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [learned, setLearned] = useState('');
  const [issued, setIssued] = useState<IssuedDocument | null>(null);
  const errors = useServerErrors();
  const leave = useLeaveGuard(open && learned !== '');
  const issue = useMutation({
    mutationFn: (input: CertificateInput) => periodsApi.issueCertificate(period.id, input),
    onSuccess: (doc) => {
      leave.release();
      setIssued(doc);
      setOpen(false);
      setLearned('');
      errors.clear();
      void qc.invalidateQueries({ queryKey: sharedKeys.caseDocuments(period.caseId) });
    },
    onError: (e) => errors.take(e),
  });
  const label = (f: string) => (f === 'language' ? t('certificate.language') : f === 'learned' ? t('certificate.learned') : null);
  const summary = summaryItems(errors.fieldErrors, label, (f) =>
    f === 'language' ? `${idp}-language-${language}` : f === 'learned' ? `${idp}-learned` : `${idp}-submit`,
  );
  return (
    <div className="pe-certificate" id={idp}>
      <div role="status" aria-live="polite" id={`${idp}-status`}>
        {issued ? (
          <Notification
            id={`${idp}-issued`}
            headingText={t('certificate.issuedHeading')}
            headingVariant="h4"
            showCloseButton={false}
            mb="s"
          >
            {t('certificate.issuedText')}{' '}
            <a href={periodsApi.documentUrl(issued.id)} type="application/pdf" target="_blank" rel="noopener" id={`${idp}-file`}>
              {issued.fileName}
            </a>
          </Notification>
        ) : null}
      </div>
      {!open ? (
        <Button
          variant="secondary"
          id={`${idp}-open`}
          aria-expanded={false}
          onClick={() => {
            setIssued(null);
            setOpen(true);
          }}
        >
          {t('certificate.open')}
        </Button>
      ) : (
        <form
          noValidate
          id={`${idp}-form`}
          className="pe-subform"
          aria-labelledby={`${idp}-heading`}
          onSubmit={(e) => {
            e.preventDefault();
            errors.clear();
            issue.mutate({ language, learned: learned.trim() });
          }}
        >
          <Heading variant="h4" id={`${idp}-heading`}>
            {t('certificate.heading')}
          </Heading>
          <p>{t('certificate.intro')}</p>
          {errors.other ? <ErrorNotice error={errors.other} heading={t('certificate.failed')} /> : null}
          <FieldErrorSummary
            id={`${idp}-errors`}
            heading={t('translation:validation.summaryHeading', { count: summary.length })}
            headingVariant="h5"
            headingRef={errors.summaryRef}
            items={summary}
          />
          <RadioButtonGroup
            id={`${idp}-language`}
            name={`${idp}-language`}
            labelText={t('certificate.language')}
            value={language}
            onChange={(v) => setLanguage(v as Language)}
            groupStatus={errors.fieldErrors.language ? 'error' : 'default'}
            groupStatusText={errors.fieldErrors.language}
          >
            {LANGUAGES.map((l) => (
              <RadioButton key={l} value={l} id={`${idp}-language-${l}`}>
                {t(`translation:language.${l}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
          <Textarea
            id={`${idp}-learned`}
            labelText={t('certificate.learned')}
            hintText={t('certificate.learnedHint', { max: MAX_LEARNED })}
            value={learned}
            onChange={(e) => setLearned(e.target.value)}
            maxLength={MAX_LEARNED}
            fullWidth
            {...errors.statusOf('learned')}
          />
          <div className="form-actions">
            <Button type="submit" id={`${idp}-submit`} disabled={issue.isPending}>
              {issue.isPending ? t('certificate.issuing') : t('certificate.issue')}
            </Button>
            <Button
              variant="secondaryNoBorder"
              id={`${idp}-cancel`}
              onClick={() => {
                leave.release();
                setOpen(false);
              }}
            >
              {t('translation:common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
