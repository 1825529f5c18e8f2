import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { IconPlus, IconRemove } from 'suomifi-icons';

import { type Language, type Role, type User, type UserInput, LANGUAGES, ROLES } from '../../shared/api/types';
import { AppLink, ErrorNotice, PageTitle } from '../../shared/common';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { LoadForEdit, summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { organisationsApi } from './api';

interface RoleRow {
  organisationId: string;
  role: Role | '';
}

export default function UserFormPage() {
  const { t } = useTranslation();
  return (
    <LoadForEdit cacheKey="user" load={organisationsApi.getUser} createTitle={t('userForm.createTitle')} editTitle={t('userForm.editTitle')}>
      {(original, title) => <UserForm original={original} title={title} />}
    </LoadForEdit>
  );
}

const fromUser = (u: User | null) => ({
  username: u?.username ?? '',
  displayName: u?.displayName ?? '',
  email: u?.email ?? '',
  language: (u?.language ?? 'fi') as Language,
  active: u?.active ?? true,
  socialWelfareProfessional: u?.socialWelfareProfessional ?? false,
  roles: (u?.roles ?? []).map((r) => ({ organisationId: String(r.organisationId), role: r.role })) as RoleRow[],
});

function UserForm({ original, title }: { original: User | null; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: organisationsApi.listOrganisations });
  const [password, setPassword] = useState('');
  // The password is kept apart from the record's values; a typed one is unsaved too.
  const passwordGuard = useLeaveGuard(password !== '');
  const form = useVersionedForm({
    original,
    cacheKey: 'user',
    listKey: 'users',
    load: organisationsApi.getUser,
    toState: fromUser,
    // A role row needs both its organisation and its role before it is sent.
    check: (): Record<string, string> => {
      const incomplete = v.roles.findIndex((r) => !r.organisationId || !r.role);
      return incomplete >= 0 ? { [`roles[${incomplete}]`]: t('userForm.roleIncomplete') } : {};
    },
    save: (version) => {
      const input: UserInput = {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        email: v.email.trim(),
        language: v.language,
        active: v.active,
        socialWelfareProfessional: v.socialWelfareProfessional,
        roles: v.roles
          .filter((r) => r.organisationId && r.role)
          .map((r) => ({ organisationId: Number(r.organisationId), role: r.role as Role })),
      };
      if (password) input.password = password;
      if (original) input.version = version;
      return original ? organisationsApi.updateUser(original.id, input) : organisationsApi.createUser(input);
    },
    onSaved: () => {
      passwordGuard.release();
      navigate('/admin/users');
    },
  });
  const { state: v, setState: setV, errors } = form;
  const set = <K extends keyof typeof v>(k: K, x: (typeof v)[K]) => setV((old) => ({ ...old, [k]: x }));
  const setRole = (i: number, patch: Partial<RoleRow>) =>
    set('roles', v.roles.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const known = ['username', 'displayName', 'email', 'language', 'active', 'socialWelfareProfessional', 'password', 'roles'];
  const baseOf = (field: string) => field.replace(/[[.].*$/, '');
  const inputIdOf = (field: string) => {
    const base = baseOf(field);
    const idx = /^roles\[(\d+)\]/.exec(field)?.[1];
    // suomifi Dropdown puts the id on its wrapper; the focusable button is `${id}_button`.
    return base === 'roles' && idx !== undefined
      ? `user-role-org-${idx}_button`
      : base === 'language'
        ? 'user-language_button'
        : known.includes(base)
          ? `user-${base}`
          : 'user-username';
  };
  const summary = summaryItems(errors.fieldErrors, (field) => (known.includes(baseOf(field)) ? t(`user.${baseOf(field)}`) : null), inputIdOf);
  const roleError = (i: number) =>
    Object.entries(errors.fieldErrors).find(([f]) => f.startsWith(`roles[${i}]`))?.[1];

  return (
    <>
      <Paragraph mb="s">
        <AppLink to="/admin/users">{t('users.back')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <VersionedFormMessages form={form} summaryHeading={t('validation.summaryHeading', { count: summary.length })} items={summary}>
        {orgs.isError ? <ErrorNotice error={orgs.error} /> : null}
      </VersionedFormMessages>
      <form onSubmit={form.submit} noValidate id="user-form">
        <section className="panel" aria-labelledby="user-basic">
          <Heading variant="h2" id="user-basic" mb="m">
            {t('userForm.basicSection')}
          </Heading>
          <div className="form-grid">
            <TextInput id="user-username" labelText={t('user.username')} value={v.username} autoComplete="off"
              onChange={(x) => set('username', String(x ?? ''))} fullWidth {...errors.statusOf('username')} />
            <TextInput id="user-displayName" labelText={t('user.displayName')} value={v.displayName} autoComplete="off"
              onChange={(x) => set('displayName', String(x ?? ''))} fullWidth {...errors.statusOf('displayName')} />
            <TextInput id="user-email" type="email" labelText={t('user.email')} optionalText={t('common.optional')} value={v.email} autoComplete="off"
              onChange={(x) => set('email', String(x ?? ''))} fullWidth {...errors.statusOf('email')} />
            <Dropdown id="user-language" labelText={t('user.language')} value={v.language}
              onChange={(x) => set('language', x as Language)} fullWidth {...errors.statusOf('language')}>
              {LANGUAGES.map((l) => (
                <DropdownItem key={l} value={l}>
                  {t(`language.${l}`)}
                </DropdownItem>
              ))}
            </Dropdown>
            <TextInput
              id="user-password"
              type="password"
              autoComplete="new-password"
              labelText={t('user.password')}
              hintText={original ? t('userForm.passwordHintEdit') : t('userForm.passwordHintCreate')}
              optionalText={original ? t('common.optional') : undefined}
              value={password}
              onChange={(x) => setPassword(String(x ?? ''))}
              fullWidth
              {...errors.statusOf('password')}
            />
          </div>
          <Checkbox id="user-active" checked={v.active} onClick={({ checkboxState }) => set('active', checkboxState)} mt="m"
            hintText={t('userForm.activeHint')}>
            {t('user.active')}
          </Checkbox>
          <Checkbox
            id="user-socialWelfareProfessional"
            checked={v.socialWelfareProfessional}
            onClick={({ checkboxState }) => set('socialWelfareProfessional', checkboxState)}
            mt="m"
            hintText={t('userForm.socialWelfareProfessionalHint')}
          >
            {t('user.socialWelfareProfessional')}
          </Checkbox>
        </section>
        <section className="panel" aria-labelledby="user-roles">
          <Heading variant="h2" id="user-roles" mb="s">
            {t('user.roles')}
          </Heading>
          <Paragraph mb="m">{t('userForm.rolesHint')}</Paragraph>
          {v.roles.length === 0 ? <Paragraph mb="m">{t('userForm.noRoles')}</Paragraph> : null}
          {v.roles.map((r, i) => (
            <div key={i} className="row-inline" style={{ marginBottom: 15 }}>
              <Dropdown
                id={`user-role-org-${i}`}
                labelText={t('userForm.roleOrganisation', { n: i + 1 })}
                visualPlaceholder={t('common.choose')}
                value={r.organisationId || null}
                onChange={(x) => setRole(i, { organisationId: x })}
                status={roleError(i) ? 'error' : 'default'}
                statusText={roleError(i)}
              >
                {(orgs.data?.items ?? []).map((o) => (
                  <DropdownItem key={o.id} value={String(o.id)}>
                    {o.name}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Dropdown
                id={`user-role-role-${i}`}
                labelText={t('userForm.roleName', { n: i + 1 })}
                visualPlaceholder={t('common.choose')}
                value={r.role || null}
                onChange={(x) => setRole(i, { role: x as Role })}
              >
                {ROLES.map((x) => (
                  <DropdownItem key={x} value={x}>
                    {t(`role.${x}`)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Button
                variant="secondary"
                icon={<IconRemove />}
                onClick={() => set('roles', v.roles.filter((_, j) => j !== i))}
                aria-label={t('userForm.removeRole', { n: i + 1 })}
              />
            </div>
          ))}
          <Button variant="secondary" icon={<IconPlus />} id="add-role"
            onClick={() => set('roles', [...v.roles, { organisationId: '', role: '' }])}>
            {t('userForm.addRole')}
          </Button>
        </section>
        <div className="form-actions">
          <Button type="submit" disabled={form.saving} id="save-user">
            {form.saving ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => navigate('/admin/users')}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
