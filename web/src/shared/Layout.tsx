import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  LanguageMenu,
  LanguageMenuItem,
  RouterLink,
  ServiceNavigation,
  ServiceNavigationItem,
  SkipLink,
} from 'suomifi-ui-components';
import { IconLogout } from 'suomifi-icons';
import { api } from './api/client';
import { isAdmin, isCoach, isWorker, seesServiceOrders, useAuth } from './auth';
import { setLanguage, SUPPORTED, type UiLanguage } from '../i18n';
import { placementNavItems } from '../features/registry/access';
import { managedPurchasers } from '../features/registry/products';

export default function Layout() {
  const { t, i18n } = useTranslation();
  const { me, signedOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = (SUPPORTED as readonly string[]).includes(i18n.language) ? (i18n.language as UiLanguage) : 'fi';

  const items: { to: string; label: string }[] = [];
  if (isWorker(me)) {
    items.push({ to: '/my-work', label: t('nav.myWork') });
    items.push({ to: '/clients', label: t('nav.clients') });
    items.push({ to: '/cases', label: t('nav.cases') });
  } else if (isCoach(me)) {
    items.push({ to: '/cases', label: t('nav.cases') });
  }
  if (seesServiceOrders(me)) items.push({ to: '/service-orders', label: t('orders:nav.serviceOrders') });
  // Process models belong to a purchaser's regions: a host's or provider's manager has none.
  if (managedPurchasers(me).length > 0) items.push({ to: '/admin/process-model', label: t('nav.processModel') });
  if (isAdmin(me)) {
    items.push({ to: '/admin/organisations', label: t('nav.organisations') });
    items.push({ to: '/admin/users', label: t('nav.users') });
  }
  items.push(...placementNavItems(me, t));

  async function signOut() {
    try {
      await api.logout();
    } catch {
      /* the session may already be gone; sign out locally anyway */
    }
    signedOut();
    navigate('/login', { replace: true });
  }

  return (
    <>
      <SkipLink href="#main" className="app-skip">
        {t('layout.skipToContent')}
      </SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-brand">
            {t('app.name')}
            <small>{t('app.tagline')}</small>
          </Link>
          <div className="app-header__tools">
            {me ? (
              <span className="app-user">
                <span className="visually-hidden">{t('layout.signedInAs')} </span>
                {me.user.displayName}
              </span>
            ) : null}
            {me ? (
              // In the header, not the service navigation: a manager's nav already fills a row.
              <Link to="/password" className="app-header__link" id="change-password">
                {t('nav.password')}
              </Link>
            ) : null}
            <LanguageMenu
              buttonText={t(`languages.short.${current}`)}
              aria-label={t('layout.languageMenu', { current: t(`languages.name.${current}`) })}
              id="language-menu"
            >
              {SUPPORTED.map((l) => (
                <LanguageMenuItem key={l} lang={l} selected={l === current} onSelect={() => setLanguage(l)}>
                  {t(`languages.name.${l}`)}
                </LanguageMenuItem>
              ))}
            </LanguageMenu>
            {me ? (
              <Button variant="secondaryNoBorder" icon={<IconLogout />} onClick={signOut} id="sign-out">
                {t('layout.signOut')}
              </Button>
            ) : null}
          </div>
        </div>
      </header>
      {items.length > 0 ? (
        <div className="app-nav">
          <div className="app-nav__inner">
            <ServiceNavigation aria-label={t('nav.label')}>
              {items.map((it) => {
                const selected = pathname === it.to || pathname.startsWith(it.to + '/');
                return (
                  <ServiceNavigationItem key={it.to} selected={selected}>
                    <RouterLink asComponent={NavLink} to={it.to} aria-current={selected ? 'page' : undefined}>
                      {it.label}
                    </RouterLink>
                  </ServiceNavigationItem>
                );
              })}
            </ServiceNavigation>
          </div>
        </div>
      ) : null}
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
