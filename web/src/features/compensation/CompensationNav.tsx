// What the compensation pages share: the links between the months' batches, the absence notices and the rates, and
// the choice of the purchaser (`?org=`) for a user in more than one.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dropdown, DropdownItem, RouterLink } from 'suomifi-ui-components';
import type { Me } from '../../shared/api/types';
import { useAuth } from '../../shared/auth';
import { seesCompensation, seesRates } from './access';

const PAGES = [
  { key: 'batches', path: '/compensation', allow: seesCompensation },
  { key: 'notices', path: '/compensation/notices', allow: seesCompensation },
  { key: 'rates', path: '/compensation/rates', allow: seesRates },
] as const satisfies readonly { key: string; path: string; allow: (me: Me | null) => boolean }[];

/**
 * "Korvauserät | Poissaoloilmoitukset | Korvausten määrät", those the user may open (none for one alone, e.g. the
 * administrator's rates): the current page is marked with aria-current and in bold, not by colour.
 */
export function CompensationNav({ current, organisationId }: { current: (typeof PAGES)[number]['key']; organisationId?: number }) {
  const { t } = useTranslation('compensation');
  const { me } = useAuth();
  const query = organisationId ? `?org=${organisationId}` : '';
  const pages = PAGES.filter((p) => p.allow(me));
  if (pages.length < 2) return null;
  return (
    <nav className="cm-subnav" aria-label={t('subnav.label')}>
      <ul>
        {pages.map((p) => (
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
