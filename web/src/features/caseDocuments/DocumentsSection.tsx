import { Fragment } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { Case } from '../../shared/api/types';
import { ErrorNotice, Loading } from '../../shared/common';
import { formatInstantDate } from '../../shared/format';
import { useHashTarget } from '../../shared/hashTarget';
import { documentsApi, useCaseDocuments, type IssuedDocument } from './api';
import { kindName, shortSum, sizeText } from './words';
import './texts';
import './documents.css';

/**
 * The case page's "Asiakirjat": every document given on the case (decisions, completed forms' PDFs, certificates),
 * newest first, each with its kind, language, who gave it and when, its size, the file as kept and its checksum.
 * Which documents a reader sees is the server's rule (a provider those meant for every party of the case).
 */
export default function DocumentsSection({ c }: { c: Case }) {
  const { t } = useTranslation('documents');
  const q = useCaseDocuments(c.id);
  // Lands on `#documents` (or a row, `#document-{id}`) once listed; a link to another section is not taken over
  // when the documents arrive later.
  const { hash } = useLocation();
  useHashTarget(q.isSuccess && hash.startsWith('#document'));
  const items = q.data ?? [];
  return (
    <section className="panel" aria-labelledby="documents-heading" id="documents">
      <Heading variant="h2" id="documents-heading" mb="s">
        {t('heading')}
      </Heading>
      {q.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.isSuccess && items.length === 0 ? <Paragraph id="no-documents">{t('none')}</Paragraph> : null}
      {items.length ? (
        // Wider than a phone: the table scrolls in its frame, which keyboard users reach too (tabIndex, named region).
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="documents-caption">
          <table className="data-table" id="document-table">
            <caption id="documents-caption" className="visually-hidden">
              {t('caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('column.title')}</th>
                <th scope="col">{t('column.kind')}</th>
                <th scope="col">{t('column.language')}</th>
                <th scope="col">{t('column.issued')}</th>
                <th scope="col">{t('column.issuedBy')}</th>
                <th scope="col">{t('column.size')}</th>
                <th scope="col">{t('column.file')}</th>
                <th scope="col">{t('column.checksum')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <DocumentRow key={d.id} d={d} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** A file name that may break after its underscores and hyphens (and nowhere inside a word) in a narrow column. */
const breakable = (name: string) =>
  name.split(/(?<=[_-])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));

function DocumentRow({ d }: { d: IssuedDocument }) {
  const { t, i18n } = useTranslation('documents');
  const idp = `document-${d.id}`;
  return (
    <tr id={idp}>
      {/* The title as given, in the document's language (which may not be the UI's). */}
      <th scope="row" id={`${idp}-title`} lang={d.language}>
        {d.title}
      </th>
      <td id={`${idp}-kind`}>{kindName(t, d.kind)}</td>
      <td id={`${idp}-language`}>{t(`translation:language.${d.language}`)}</td>
      <td id={`${idp}-issued`} className="cd-nowrap">
        {formatInstantDate(d.issuedAt)}
      </td>
      <td id={`${idp}-issued-by`}>{d.issuedBy || '–'}</td>
      <td id={`${idp}-size`} className="cd-nowrap">
        {sizeText(d.sizeBytes, i18n.language)}
      </td>
      <td>
        {/* The file name is the link's name; the title and language tell apart the same form's files. */}
        <a
          href={documentsApi.fileUrl(d.id)}
          type="application/pdf"
          target="_blank"
          rel="noopener"
          id={`${idp}-file`}
          aria-describedby={`${idp}-title ${idp}-language`}
        >
          {breakable(d.fileName)}
        </a>
      </td>
      <td>
        <details className="cd-sum" id={`${idp}-sha256`}>
          <summary title={d.sha256}>
            <code id={`${idp}-sha256-short`}>{shortSum(d.sha256)}</code>
            <span className="visually-hidden"> {t('showChecksum')}</span>
          </summary>
          <code className="cd-sum-full" id={`${idp}-sha256-full`}>
            {d.sha256}
          </code>
        </details>
      </td>
    </tr>
  );
}
