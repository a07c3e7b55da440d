import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import { wasSessionExpired } from '../../lib/logout-intent.ts';
import { safeNextPath } from '../../lib/safe-next-path.ts';
import { useMe } from '../../lib/use-me.ts';
import { LoginForm } from './login-form.tsx';
import './login.css';

/** `/logga-in`. Once a session exists (just now, or from before) it moves on to `?next=` or `/`. */
export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  if (me.data) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;
  const state = location.state as { loggedOut?: unknown; sessionExpired?: unknown } | null;
  const isLoggedOut = state?.loggedOut === true;
  // The guard's word, or the app's own when the login page was opened directly (a bookmark, a
  // reload) in a browser whose session ran out; never beside "you have logged out".
  const isSessionExpired = !isLoggedOut && (state?.sessionExpired === true || wasSessionExpired());

  return (
    <div className="login">
      <PageHeading titleParts={[t('login.title')]}>{t('login.title')}</PageHeading>
      {isLoggedOut ? (
        <p className="notice notice--info" role="status">
          {t('login.loggedOut')}
        </p>
      ) : null}
      {isSessionExpired ? (
        <p className="notice notice--info" role="status">
          {t('administration.login.sessionExpired')}
        </p>
      ) : null}
      <p>{t('login.intro')}</p>
      <LoginForm />
    </div>
  );
}
