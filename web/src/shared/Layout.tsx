import type { ReactNode } from 'react';
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
import { sessionApi } from './api/session';
import type { TFunction } from 'i18next';
import type { Me } from './api/types';
import { useAuth } from './auth';
import { clearDrafts } from './draftStore';
import { confirmLeave } from './leaveGuard';
import type { NavItem } from './Guard';
import { setLanguage, SUPPORTED, type UiLanguage } from '../i18n';

/**
 * The page frame: header (with `tools` of the features for a signed-in user, e.g. the notifications' bell), the
 * service navigation (`nav`, composed by App.tsx from the features) and the page. `beforeSignOut` lets a feature
 * hold the sign-out (false) for what would be lost with the session, e.g. attendance marks not yet sent.
 */
export default function Layout({
  nav,
  tools,
  beforeSignOut,
}: {
  nav: (me: Me | null, t: TFunction) => NavItem[];
  tools?: ReactNode;
  beforeSignOut?: () => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const { me, signedOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = (SUPPORTED as readonly string[]).includes(i18n.language) ? (i18n.language as UiLanguage) : 'fi';

  const items = nav(me, t);

  async function signOut() {
    // Unsaved changes are asked about first; signing out then clears every draft (shared computers).
    if (!(await confirmLeave())) return;
    if (beforeSignOut && !(await beforeSignOut())) return;
    clearDrafts();
    try {
      await sessionApi.logout();
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
            {me ? tools : null}
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
                    <RouterLink
                      asComponent={NavLink}
                      to={it.to}
                      aria-current={selected ? 'page' : undefined}
                      aria-label={it.ariaLabel}
                    >
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
