import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Notification, Paragraph } from 'suomifi-ui-components';
import { IconEdit } from 'suomifi-icons';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../../shared/common';
import { formatInstantDate } from '../../../shared/format';
import { formKeys, formsApi, type FormVersion } from '../api';
import { textIn } from '../answers';
import { FormPreview } from '../editor/FormPreview';
import { OrganisationChoice, sourceText, useFormsOrganisation } from './organisation';
import '../texts';
import '../editor/editor.css';
import '../forms.css';

/**
 * A form's versions (`/forms/:kind?org=&version=`): the history, newest first, the purchaser's own before the one
 * shipped with Polku; the version chosen (by default the one in use) read only, as it was published; and the way
 * to the editor of a new version.
 */
export default function FormVersionsPage() {
  const { t, i18n } = useTranslation('forms');
  const { kind = '' } = useParams();
  const { organisations, organisation, choose, params } = useFormsOrganisation();
  const orgId = organisation?.id ?? 0;
  const location = useLocation();
  const navigate = useNavigate();
  const published = (location.state as { published?: number } | null)?.published;
  const history = useQuery({
    queryKey: formKeys.history(orgId, kind),
    queryFn: () => formsApi.history(orgId, kind),
    enabled: orgId > 0,
  });
  const items = history.data?.items ?? [];
  const current = items[0];
  const chosenId = Number(params.get('version')) || current?.id;
  const chosen = items.find((v) => v.id === chosenId) ?? current;
  const title = current ? textIn(current.title, i18n.language) : t('versions.title');
  return (
    <>
      <Paragraph mb="s">
        <AppLink to={`/forms?org=${orgId}`} id="back-to-forms">
          {t('versions.back')}
        </AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <OrganisationChoice organisations={organisations} value={organisation?.id} onChange={choose} />
      {published ? <PublishedNotice n={published} /> : null}
      {history.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {history.isError ? <ErrorNotice error={history.error} /> : null}
      {history.isSuccess && !current ? <Paragraph id="no-versions">{t('versions.none')}</Paragraph> : null}
      {current ? (
        <>
          <Paragraph mb="s">{t('versions.editIntro', { n: current.version })}</Paragraph>
          <Button
            variant="secondary"
            icon={<IconEdit />}
            id="edit-new-version"
            onClick={() => navigate(`/forms/${kind}/edit?org=${orgId}`)}
          >
            {t('versions.edit')}
          </Button>
          <section className="panel fe-history" aria-labelledby="versions-heading">
            <Heading variant="h2" id="versions-heading" mb="s">
              {t('versions.history')}
            </Heading>
            <VersionTable items={items} chosenId={chosen?.id} orgId={orgId} kind={kind} />
          </section>
        </>
      ) : null}
      {chosen ? <ChosenVersion key={chosen.id} v={chosen} current={chosen.id === current?.id} /> : null}
    </>
  );
}

function PublishedNotice({ n }: { n: number }) {
  const { t } = useTranslation('forms');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" id="published-notice">
      <Notification status="neutral" headingText={t('versions.publishedHeading', { n })} headingVariant="h2" showCloseButton={false} mb="m">
        {t('versions.publishedText')}
      </Notification>
    </div>
  );
}

function VersionTable({ items, chosenId, orgId, kind }: { items: FormVersion[]; chosenId?: number; orgId: number; kind: string }) {
  const { t } = useTranslation('forms');
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="versions-heading">
      <table className="data-table" id="version-history">
        <caption className="visually-hidden">{t('versions.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('versions.version')}</th>
            <th scope="col">{t('versions.published')}</th>
            <th scope="col">{t('versions.publishedBy')}</th>
            <th scope="col">{t('versions.source')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((v, i) => (
            <tr key={v.id} id={`version-${v.id}`}>
              <th scope="row">
                {v.id === chosenId ? (
                  <span aria-current="true">{t('versions.versionN', { n: v.version })}</span>
                ) : (
                  <AppLink to={`/forms/${kind}?org=${orgId}&version=${v.id}`} id={`version-${v.id}-link`}>
                    {t('versions.versionN', { n: v.version })}
                  </AppLink>
                )}
                {i === 0 ? <span className="badge badge--ok fe-badge">{t('versions.inUse')}</span> : null}
              </th>
              <td>{formatInstantDate(v.publishedAt)}</td>
              <td>{v.publishedBy ?? '–'}</td>
              <td>{sourceText(t, v.organisationId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The version chosen, with its definition, as published: read only. */
function ChosenVersion({ v, current }: { v: FormVersion; current: boolean }) {
  const { t } = useTranslation('forms');
  const q = useQuery({ queryKey: formKeys.version(v.id), queryFn: () => formsApi.version(v.id), staleTime: Infinity });
  return (
    <section className="panel" aria-labelledby="chosen-version-heading" id="chosen-version">
      <Heading variant="h2" id="chosen-version-heading" mb="xs">
        {t('versions.chosenHeading', { n: v.version })}
      </Heading>
      <Paragraph mb="m" id="chosen-version-meta">
        {current ? t('versions.chosenInUse', { at: formatInstantDate(v.publishedAt) }) : t('versions.chosenOld', { at: formatInstantDate(v.publishedAt) })}{' '}
        {t('versions.readOnly')}
      </Paragraph>
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.data?.definition ? <FormPreview definition={q.data.definition} idp={`fv-${v.id}`} readOnly /> : q.isPending ? <Loading text={t('translation:common.loading')} /> : null}
    </section>
  );
}
