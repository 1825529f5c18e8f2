import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, FileInput, Heading, Paragraph } from 'suomifi-ui-components';
import { ErrorNotice } from '../../shared/common';
import { type Organisation } from '../../shared/api/types';
import { MAX_LOGO_BYTES, organisationsApi } from './api';

/**
 * The logo printed at the top right of the organisation's documents: a PNG chosen, checked for its size before it is
 * sent (the server checks it again and that it reads as a PNG), shown as it is kept, and removable.
 */
export function OrganisationLogo({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [status, setStatus] = useState('');
  // A new address after each change, so the browser shows the logo now kept rather than its cached copy.
  const [shown, setShown] = useState(0);
  const [hasLogo, setHasLogo] = useState(organisation.hasLogo);
  const tooLarge = file !== null && file.size > MAX_LOGO_BYTES;
  const done = (message: string) => {
    setStatus(message);
    setFile(null);
    setInputKey((k) => k + 1);
    setShown((n) => n + 1);
    void qc.invalidateQueries({ queryKey: ['organisation', organisation.id] });
  };
  const upload = useMutation({
    mutationFn: (f: File) => organisationsApi.setLogo(organisation.id, f),
    onSuccess: () => {
      setHasLogo(true);
      done(t('organisationLogo.saved'));
    },
  });
  const remove = useMutation({
    mutationFn: () => organisationsApi.removeLogo(organisation.id),
    onSuccess: () => {
      setHasLogo(false);
      done(t('organisationLogo.removed'));
    },
  });
  return (
    <section className="panel stack" aria-labelledby="org-logo-heading" id="organisation-logo">
      <Heading variant="h2" id="org-logo-heading">
        {t('organisationLogo.heading')}
      </Heading>
      <Paragraph>{t('organisationLogo.intro')}</Paragraph>
      <p role="status" className="muted" id="org-logo-status">
        {status}
      </p>
      {upload.isError ? <ErrorNotice error={upload.error} /> : null}
      {remove.isError ? <ErrorNotice error={remove.error} /> : null}
      {hasLogo ? (
        <img
          src={`/api/v1/organisations/${organisation.id}/logo?v=${shown}`}
          alt={t('organisationLogo.alt', { name: organisation.name })}
          id="org-logo-image"
          style={{ maxHeight: 48, maxWidth: 180 }}
        />
      ) : (
        <p className="muted" id="org-logo-none">
          {t('organisationLogo.none')}
        </p>
      )}
      <FileInput
        key={inputKey}
        id="org-logo-file"
        labelText={t('organisationLogo.fileLabel')}
        hintText={t('organisationLogo.fileHint')}
        inputButtonText={t('organisationLogo.choose')}
        dragAreaText={t('organisationLogo.dragArea')}
        removeFileText={t('organisationLogo.removeChosen')}
        addedFileAriaText={t('organisationLogo.addedAria')}
        accept=".png,image/png"
        onChange={(files) => {
          setStatus('');
          upload.reset();
          setFile(files.length ? files[0] : null);
        }}
        status={tooLarge ? 'error' : 'default'}
        statusText={tooLarge ? t('organisationLogo.tooLarge') : undefined}
        fullWidth
      />
      <div className="form-actions">
        <Button id="org-logo-upload" disabled={!file || tooLarge || upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('organisationLogo.upload')}
        </Button>
        {hasLogo ? (
          <Button variant="secondary" id="org-logo-remove" disabled={remove.isPending} onClick={() => remove.mutate()}>
            {t('organisationLogo.remove')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
