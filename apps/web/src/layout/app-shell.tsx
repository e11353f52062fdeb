import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { useRoles } from '../auth/roles';
import { useSession } from '../auth/session';
import { NavRouterLink } from '../components/router-link';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './search-box';

export const MAIN_ID = 'inhoud';

function SessionState() {
  const { t } = useTranslation();
  const { snapshot, logout } = useSession();
  const navigate = useNavigate();
  if (snapshot.status === 'restoring') return null;
  if (snapshot.status === 'anonymous') {
    return (
      <Link className="utrecht-link utrecht-link--html-a" to="/inloggen">
        {t('shell.logIn')}
      </Link>
    );
  }
  return (
    <>
      {snapshot.user ? (
        <Paragraph className="ksp-header__user">
          {t('shell.loggedInAs', { name: snapshot.user.displayName })}
        </Paragraph>
      ) : null}
      <Button
        type="button"
        appearance="subtle-button"
        onClick={() => void logout().then(() => navigate('/'))}
      >
        {t('shell.logOut')}
      </Button>
    </>
  );
}

/** Every page: skip link, header (hub name, navigation, language, login state), main, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const { snapshot } = useSession();
  const authenticated = snapshot.status === 'authenticated';
  // The review queue and the region overview are for coordinators and admins (the API checks
  // every request again); creating dossiers is offered on the dossiers page.
  const { curator } = useRoles();
  return (
    <>
      {/* NL Design System skip link (its React component wraps it in a <p> that takes space). */}
      <a href={`#${MAIN_ID}`} className="utrecht-skip-link utrecht-skip-link--visible-on-focus ksp-skip-link">
        {t('shell.skipLink')}
      </a>
      <header className="ksp-header">
        <div className="ksp-container ksp-header__bar">
          <Link to="/" className="ksp-header__brand">
            {t('hub.name')}
          </Link>
          <SearchBox />
          <div className="ksp-header__tools">
            <LanguageSwitch />
            <SessionState />
          </div>
        </div>
        <nav className="ksp-nav" aria-label={t('shell.mainNav')}>
          <div className="ksp-container">
            <ul className="ksp-nav__list">
              <li>
                <NavRouterLink to="/" end>
                  {t('shell.nav.home')}
                </NavRouterLink>
              </li>
              <li>
                <NavRouterLink to="/vragen" end>
                  {t('shell.nav.questions')}
                </NavRouterLink>
              </li>
              {authenticated ? (
                <li>
                  <NavRouterLink to="/vragen/nieuw">{t('shell.nav.ask')}</NavRouterLink>
                </li>
              ) : null}
              <li>
                <NavRouterLink to="/rapporten">{t('shell.nav.reports')}</NavRouterLink>
              </li>
              {authenticated ? (
                <li>
                  <NavRouterLink to="/expertise">{t('shell.nav.experts')}</NavRouterLink>
                </li>
              ) : null}
              <li>
                <NavRouterLink to="/dossiers">{t('shell.nav.dossiers')}</NavRouterLink>
              </li>
              <li>
                <NavRouterLink to="/gemeenten">{t('shell.nav.municipalities')}</NavRouterLink>
              </li>
              {authenticated ? (
                <li>
                  <NavRouterLink to="/mijn-profiel">{t('shell.nav.profile')}</NavRouterLink>
                </li>
              ) : null}
              {curator ? (
                <>
                  <li>
                    <NavRouterLink to="/beoordelen">{t('shell.nav.review')}</NavRouterLink>
                  </li>
                  <li>
                    <NavRouterLink to="/regio">{t('shell.nav.region')}</NavRouterLink>
                  </li>
                </>
              ) : null}
            </ul>
          </div>
        </nav>
      </header>
      <main id={MAIN_ID} className="ksp-main" tabIndex={-1}>
        <div className="ksp-container">
          <Outlet />
        </div>
      </main>
      <footer className="ksp-footer">
        <div className="ksp-container">
          <Paragraph>
            <strong>{t('hub.name')}</strong> · {t('hub.tagline')}
          </Paragraph>
          <Paragraph className="ksp-meta">{t('hub.footer')}</Paragraph>
        </div>
      </footer>
    </>
  );
}
