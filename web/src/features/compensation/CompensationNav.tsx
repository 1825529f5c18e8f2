// What the two compensation pages share: the links between the months' batches and the absence notices, and the
// choice of the purchaser (`?org=`) for a user in more than one.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dropdown, DropdownItem, RouterLink } from 'suomifi-ui-components';

const PAGES = [
  { key: 'batches', path: '/compensation' },
  { key: 'notices', path: '/compensation/notices' },
] as const;

/** "Korvauserät | Poissaoloilmoitukset": the current page is marked with aria-current and in bold, not by colour. */
export function CompensationNav({ current, organisationId }: { current: (typeof PAGES)[number]['key']; organisationId?: number }) {
  const { t } = useTranslation('compensation');
  const query = organisationId ? `?org=${organisationId}` : '';
  return (
    <nav className="cm-subnav" aria-label={t('subnav.label')}>
      <ul>
        {PAGES.map((p) => (
          <li key={p.key}>
            <RouterLink
              asComponent={Link}
              to={p.path + query}
              id={`compensation-nav-${p.key}`}
              aria-current={p.key === current ? 'page' : undefined}
              className={p.key === current ? 'cm-subnav__current' : undefined}
            >
              {t(`subnav.${p.key}`)}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The purchaser's choice, shown only to a user who reads more than one. */
export function OrganisationChoice({
  organisations,
  value,
  onChange,
}: {
  organisations: { id: number; name: string }[];
  value: number | undefined;
  onChange: (id: number) => void;
}) {
  const { t } = useTranslation('compensation');
  if (organisations.length < 2 || value === undefined) return null;
  return (
    <div style={{ maxWidth: 480, marginBottom: 20 }}>
      <Dropdown
        id="compensation-organisation"
        labelText={t('organisation')}
        value={String(value)}
        onChange={(v) => onChange(Number(v))}
        fullWidth
      >
        {organisations.map((o) => (
          <DropdownItem key={o.id} value={String(o.id)}>
            {o.name}
          </DropdownItem>
        ))}
      </Dropdown>
    </div>
  );
}
