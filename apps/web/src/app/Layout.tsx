import { LOCALES, type Locale } from '@oip/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../features/accounts/components/AccountMenu';
import { ConsentGate } from '../features/accounts/components/ConsentGate';
import { AdminNavLink } from '../features/administration/components/AdminNavLink';
import { ForYouNavLink } from '../features/matchmaking/components/ForYouNavLink';
import { PartnershipsNavLink } from '../features/partnerships/components/PartnershipsNavLink';
import { RoomsNavLink } from '../features/rooms/components/RoomsNavLink';
import { ChallengeNavLinks } from '../features/challenges/components/ChallengeNavLinks';
import { useToast } from '../ui';
import { currentLocale } from './i18n';

const LANGUAGE_NAMES: Record<Locale, string> = { it: 'Italiano', en: 'English' };

/** App shell: skip link, header with navigation and language switch, main, footer. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  const active = currentLocale(i18n.language);
  const switchTo = async (locale: Locale) => {
    if (locale === active) return;
    await i18n.changeLanguage(locale);
    toast.show(i18n.t('language.changed'));
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <NavLink to="/" className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </NavLink>
          <div role="group" aria-label={t('language.label')} className="language-switch">
            {LOCALES.map((locale) => (
              <button
                key={locale}
                type="button"
                lang={locale}
                aria-pressed={locale === active}
                onClick={() => void switchTo(locale)}
              >
                {LANGUAGE_NAMES[locale]}
              </button>
            ))}
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="site-nav">
          <div className="container nav-row">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/organisations">{t('nav.organisations')}</NavLink>
              </li>
              <ChallengeNavLinks />
              <li>
                <NavLink to="/offers">{t('marketplace.offer.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/requests">{t('marketplace.request.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/taxonomies">{t('nav.taxonomies')}</NavLink>
              </li>
              <ForYouNavLink />
              <PartnershipsNavLink />
              <RoomsNavLink />
              <AdminNavLink />
            </ul>
            <AccountMenu />
          </div>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="container">
        <ConsentGate />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.about')}</p>
          <ul>
            <li>
              <NavLink to="/accessibility">{t('footer.accessibility')}</NavLink>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
