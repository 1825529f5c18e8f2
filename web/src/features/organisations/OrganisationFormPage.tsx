import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { IconPlus, IconRemove } from 'suomifi-icons';

import { type Organisation, type OrganisationInput, type OrganisationKind, ORGANISATION_KINDS } from '../../shared/api/types';
import { AppLink, PageTitle } from '../../shared/common';
import { LoadForEdit, summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { organisationsApi } from './api';
import { OrganisationLogo } from './OrganisationLogo';

export default function OrganisationFormPage() {
  const { t } = useTranslation();
  return (
    <LoadForEdit
      cacheKey="organisation"
      load={organisationsApi.getOrganisation}
      createTitle={t('organisationForm.createTitle')}
      editTitle={t('organisationForm.editTitle')}
    >
      {(original, title) => <OrganisationForm original={original} title={title} />}
    </LoadForEdit>
  );
}

const fromOrganisation = (o: Organisation | null) => ({
  name: o?.name ?? '',
  kinds: o?.kinds ?? ([] as OrganisationKind[]),
  regions: o ? o.regions.map((r) => r.name) : ([] as string[]),
});

function OrganisationForm({ original, title }: { original: Organisation | null; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useVersionedForm({
    original,
    cacheKey: 'organisation',
    listKey: 'organisations',
    load: organisationsApi.getOrganisation,
    toState: fromOrganisation,
    save: (version) => {
      const input: OrganisationInput = {
        name: name.trim(),
        kinds,
        regions: regions.map((r) => r.trim()).filter(Boolean),
        ...(original ? { version } : {}),
      };
      return original ? organisationsApi.updateOrganisation(original.id, input) : organisationsApi.createOrganisation(input);
    },
    onSaved: () => navigate('/admin/organisations'),
  });
  const { errors } = form;
  const { name, kinds, regions } = form.state;
  const setName = (name: string) => form.setState((old) => ({ ...old, name }));
  const setKinds = (f: (old: OrganisationKind[]) => OrganisationKind[]) => form.setState((old) => ({ ...old, kinds: f(old.kinds) }));
  const setRegions = (f: (old: string[]) => string[]) => form.setState((old) => ({ ...old, regions: f(old.regions) }));

  const known = (field: string) => {
    const base = field.replace(/\[.*$/, '');
    return ['name', 'kinds', 'regions'].includes(base) ? base : null;
  };
  const summary = summaryItems(
    errors.fieldErrors,
    (field) => (known(field) ? t(`organisation.${known(field)}`) : null),
    (field) => `org-${known(field) ?? 'name'}`,
  );
  const regionError = Object.entries(errors.fieldErrors).find(([f]) => f.startsWith('regions'))?.[1];

  return (
    <>
      <Paragraph mb="s">
        <AppLink to="/admin/organisations">{t('organisations.back')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <VersionedFormMessages form={form} summaryHeading={t('validation.summaryHeading', { count: summary.length })} items={summary} />
      <form onSubmit={form.submit} noValidate className="panel stack" id="organisation-form">
        <TextInput
          id="org-name"
          labelText={t('organisation.name')}
          value={name}
          onChange={(v) => setName(String(v ?? ''))}
          fullWidth
          {...errors.statusOf('name')}
        />
        <CheckboxGroup
          id="org-kinds"
          labelText={t('organisation.kinds')}
          groupStatus={errors.fieldErrors.kinds ? 'error' : 'default'}
          groupStatusText={errors.fieldErrors.kinds}
        >
          {ORGANISATION_KINDS.map((k) => (
            <Checkbox
              key={k}
              id={`org-kind-${k}`}
              checked={kinds.includes(k)}
              onClick={({ checkboxState }) =>
                setKinds((old) => (checkboxState ? [...old.filter((x) => x !== k), k] : old.filter((x) => x !== k)))
              }
            >
              {t(`organisationKind.${k}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <fieldset id="org-regions" className="plain-fieldset">
          <legend>
            <Heading variant="h2" as="span">
              {t('organisation.regions')}
            </Heading>
          </legend>
          <Paragraph mb="s">{t('organisationForm.regionsHint')}</Paragraph>
          {regionError ? (
            <Paragraph mb="s" className="error-text">
              {regionError}
            </Paragraph>
          ) : null}
          {regions.map((r, i) => (
            <div className="row-inline" key={i} style={{ marginBottom: 10 }}>
              <TextInput
                id={`org-region-${i}`}
                labelText={t('organisationForm.regionName', { n: i + 1 })}
                value={r}
                onChange={(v) => setRegions((old) => old.map((x, j) => (j === i ? String(v ?? '') : x)))}
                {...errors.statusOf(`regions[${i}]`)}
              />
              <Button
                variant="secondary"
                icon={<IconRemove />}
                onClick={() => setRegions((old) => old.filter((_, j) => j !== i))}
                aria-label={t('organisationForm.removeRegion', { n: i + 1, name: r })}
              />
            </div>
          ))}
          <Button variant="secondary" icon={<IconPlus />} onClick={() => setRegions((old) => [...old, ''])} id="add-region">
            {t('organisationForm.addRegion')}
          </Button>
        </fieldset>
        <div className="form-actions">
          <Button type="submit" disabled={form.saving} id="save-organisation">
            {form.saving ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => navigate('/admin/organisations')}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
      {original ? <OrganisationLogo organisation={original} /> : null}
    </>
  );
}
