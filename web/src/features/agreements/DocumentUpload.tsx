import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, FileInput, Notification } from 'suomifi-ui-components';
import { ApiError } from '../../shared/api/client';
import { MAX_DOCUMENT_BYTES } from './api';
import { ErrorNotice } from '../../shared/common';
import { agreementsApi } from './api';

// Agreements, price lists and scans: PDF, images and office documents.
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.doc,.docx,.odt,.rtf,.txt,.xls,.xlsx,.ods,.ppt,.pptx,.odp';

const megabytes = (bytes: number, lang: string) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));

const isTooLarge = (e: unknown, f: File) =>
  e instanceof ApiError && (e.status === 413 || (e.status === 0 && f.size > MAX_DOCUMENT_BYTES));

/** Attaching a document to an agreement: a size check before sending, and the server's 413 explained the same way. */
export function DocumentUpload({ agreementId }: { agreementId: number }) {
  const { t, i18n } = useTranslation('placements');
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  // Remounting clears the chosen file after a successful upload.
  const [inputKey, setInputKey] = useState(0);

  const tooLargeText = (bytes: number) =>
    t('documents.tooLarge', { size: megabytes(bytes, i18n.language), max: megabytes(MAX_DOCUMENT_BYTES, i18n.language) });

  const upload = useMutation({
    mutationFn: (f: File) => agreementsApi.uploadDocument(agreementId, f),
    onSuccess: (doc) => {
      setAdded(doc.fileName);
      setFile(null);
      setInputKey((k) => k + 1);
      void qc.invalidateQueries({ queryKey: ['agreement', agreementId] });
    },
    onError: (e, f) => {
      // A server may close the connection after its early 413, which a browser reports as a network error.
      if (isTooLarge(e, f)) setTooLarge(tooLargeText(f.size));
    },
  });

  function choose(files: FileList) {
    const f = files.length ? files[0] : null;
    setAdded(null);
    upload.reset();
    setFile(f);
    setTooLarge(f && f.size > MAX_DOCUMENT_BYTES ? tooLargeText(f.size) : null);
  }

  const failed = upload.isError && !(upload.variables && isTooLarge(upload.error, upload.variables));
  return (
    <div className="stack" id="document-upload">
      {added ? (
        <Notification id="document-added" status="neutral" headingText={t('documents.added')} headingVariant="h3" showCloseButton={false} mb="s">
          {t('documents.addedText', { name: added })}
        </Notification>
      ) : null}
      {failed ? <ErrorNotice error={upload.error} /> : null}
      <FileInput
        key={inputKey}
        id="agreement-file"
        labelText={t('documents.fileLabel')}
        hintText={t('documents.fileHint')}
        inputButtonText={t('documents.choose')}
        dragAreaText={t('documents.dragArea')}
        removeFileText={t('documents.remove')}
        addedFileAriaText={t('documents.addedAria')}
        accept={ACCEPT}
        onChange={choose}
        status={tooLarge ? 'error' : 'default'}
        statusText={tooLarge ?? undefined}
        fullWidth
      />
      <div className="form-actions">
        <Button id="upload-document" disabled={!file || tooLarge !== null || upload.isPending} onClick={() => file && upload.mutate(file)}>
          {upload.isPending ? t('documents.uploading') : t('documents.upload')}
        </Button>
      </div>
    </div>
  );
}
