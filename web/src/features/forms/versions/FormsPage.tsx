import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from 'suomifi-ui-components';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../../shared/common';
import { formatInstantDate } from '../../../shared/format';
import { formKeys, formsApi } from '../api';
import { textIn } from '../answers';
import { OrganisationChoice, sourceText, useFormsOrganisation } from './organisation';
import '../texts';
import '../editor/editor.css';

/**
 * "Lomakkeet" (`/forms?org=`): the forms a purchaser uses, each in the version new forms begin on (its own newest,
 * else the one shipped with Polku), and the way to each form's versions and editor.
 */
export default function FormsPage() {
  const { t, i18n } = useTranslation('forms');
  const { organisations, organisation, choose } = useFormsOrganisation();
  const orgId = organisation?.id ?? 0;
  const q = useQuery({ queryKey: formKeys.inUse(orgId), queryFn: () => formsApi.inUse(orgId), enabled: orgId > 0 });
  const title = t('versions.title');
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph mb="m">{t('versions.intro')}</Paragraph>
      <OrganisationChoice organisations={organisations} value={organisation?.id} onChange={choose} />
      {q.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.data ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="page-title">
          <table className="data-table" id="forms-in-use">
            <caption className="visually-hidden">{t('versions.caption', { organisation: organisation?.name ?? '' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('versions.form')}</th>
                <th scope="col">{t('versions.version')}</th>
                <th scope="col">{t('versions.published')}</th>
                <th scope="col">{t('versions.source')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((v) => (
                <tr key={v.kind} id={`form-kind-${v.kind}`}>
                  <th scope="row">
                    <AppLink to={`/forms/${v.kind}?org=${orgId}`} id={`form-kind-${v.kind}-link`}>
                      {textIn(v.title, i18n.language)}
                    </AppLink>
                  </th>
                  <td>{v.version}</td>
                  <td>{formatInstantDate(v.publishedAt)}</td>
                  <td>{sourceText(t, v.organisationId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
