import type { RouteObject } from 'react-router';
import { RequireSession } from './auth/require-session';
import { RequireCurator } from './auth/roles';
import { AppShell } from './layout/app-shell';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { RouteErrorPage } from './pages/route-error-page';

/**
 * The hub's addresses, in Dutch (they appear in mails and stay the same in English). The home
 * page is in the first bundle; every other page is loaded when it is first visited.
 */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'inloggen',
            lazy: () => import('./pages/login-page').then((m) => ({ Component: m.LoginPage })),
          },
          {
            path: 'uitnodiging',
            lazy: () => import('./pages/invitation-page').then((m) => ({ Component: m.InvitationPage })),
          },
          {
            path: 'registreren',
            lazy: () => import('./pages/register-page').then((m) => ({ Component: m.RegisterPage })),
          },
          {
            path: 'bevestigen',
            lazy: () => import('./pages/confirm-email-page').then((m) => ({ Component: m.ConfirmEmailPage })),
          },
          {
            path: 'gemeenten',
            lazy: () =>
              import('./pages/municipalities-page').then((m) => ({ Component: m.MunicipalitiesPage })),
          },
          {
            path: 'gemeenten/:code',
            lazy: () => import('./pages/municipality-page').then((m) => ({ Component: m.MunicipalityPage })),
          },
          {
            path: 'vragen',
            lazy: () => import('./pages/questions-page').then((m) => ({ Component: m.QuestionsPage })),
          },
          {
            path: 'vragen/nieuw',
            lazy: () =>
              import('./pages/ask-question-page').then((m) => ({
                Component: () => (
                  <RequireSession>
                    <m.AskQuestionPage />
                  </RequireSession>
                ),
              })),
          },
          {
            path: 'vragen/:id',
            lazy: () => import('./pages/question-page').then((m) => ({ Component: m.QuestionPage })),
          },
          {
            path: 'rapporten',
            lazy: () => import('./pages/reports-page').then((m) => ({ Component: m.ReportsPage })),
          },
          {
            path: 'rapporten/indienen',
            lazy: () =>
              import('./pages/submit-report-page').then((m) => ({
                Component: () => (
                  <RequireSession>
                    <m.SubmitReportPage />
                  </RequireSession>
                ),
              })),
          },
          {
            path: 'rapporten/:id',
            lazy: () => import('./pages/report-page').then((m) => ({ Component: m.ReportPage })),
          },
          {
            path: 'expertise',
            lazy: () =>
              import('./pages/experts-page').then((m) => ({
                Component: () => (
                  <RequireSession>
                    <m.ExpertsPage />
                  </RequireSession>
                ),
              })),
          },
          {
            path: 'expertise/:id',
            lazy: () =>
              import('./pages/expertise-profile-page').then((m) => ({
                Component: () => (
                  <RequireSession>
                    <m.ExpertiseProfilePage />
                  </RequireSession>
                ),
              })),
          },
          {
            path: 'zoeken',
            lazy: () => import('./pages/search-page').then((m) => ({ Component: m.SearchPage })),
          },
          {
            path: 'mijn-profiel',
            lazy: () =>
              import('./pages/my-profile-page').then((m) => ({
                Component: () => (
                  <RequireSession>
                    <m.MyProfilePage />
                  </RequireSession>
                ),
              })),
          },
          {
            path: 'beoordelen',
            lazy: () =>
              import('./pages/review-queue-page').then((m) => ({
                Component: () => (
                  <RequireSession>
                    <m.ReviewQueuePage />
                  </RequireSession>
                ),
              })),
          },
          {
            path: 'dossiers',
            lazy: () => import('./pages/dossiers-page').then((m) => ({ Component: m.DossiersPage })),
          },
          {
            path: 'dossiers/nieuw',
            lazy: () =>
              import('./pages/dossier-edit-page').then((m) => ({
                Component: () => (
                  <RequireCurator>
                    <m.NewDossierPage />
                  </RequireCurator>
                ),
              })),
          },
          {
            path: 'dossiers/:id',
            lazy: () => import('./pages/dossier-page').then((m) => ({ Component: m.DossierPage })),
          },
          {
            // The maker or a coordinator of the maker's region (the page asks the API: viewerCanEdit).
            path: 'dossiers/:id/bewerken',
            lazy: () =>
              import('./pages/dossier-edit-page').then((m) => ({
                Component: () => (
                  <RequireSession>
                    <m.EditDossierPage />
                  </RequireSession>
                ),
              })),
          },
          {
            path: 'regio/:id?',
            lazy: () =>
              import('./pages/region-page').then((m) => ({
                Component: () => (
                  <RequireCurator>
                    <m.RegionPage />
                  </RequireCurator>
                ),
              })),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
