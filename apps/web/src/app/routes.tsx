import type { RouteObject } from 'react-router';
import { AccessibilityPage } from '../pages/AccessibilityPage';
import { ChallengeEditPage } from '../pages/ChallengeEditPage';
import { ChallengeNewPage } from '../pages/ChallengeNewPage';
import { ChallengePage } from '../pages/ChallengePage';
import { ChallengeReviewQueuePage } from '../pages/ChallengeReviewQueuePage';
import { ChallengesPage } from '../pages/ChallengesPage';
import { MarketplaceEditPage } from '../pages/MarketplaceEditPage';
import { MarketplaceItemPage } from '../pages/MarketplaceItemPage';
import { MarketplaceListPage } from '../pages/MarketplaceListPage';
import { AcceptInvitationPage } from '../pages/AcceptInvitationPage';
import { AccountPage } from '../pages/AccountPage';
import { ChallengeEvaluationPage } from '../pages/ChallengeEvaluationPage';
import { ChallengeResultsPage } from '../pages/ChallengeResultsPage';
import { AdminPeoplePage } from '../pages/AdminPeoplePage';
import { ConsentPage } from '../pages/ConsentPage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { PeoplePage } from '../pages/PeoplePage';
import { PersonPage } from '../pages/PersonPage';
import { ProfileEditPage } from '../pages/ProfileEditPage';
import { OrganisationEditPage } from '../pages/OrganisationEditPage';
import { OrganisationNewPage } from '../pages/OrganisationNewPage';
import { OrganisationPage } from '../pages/OrganisationPage';
import { OrganisationsPage } from '../pages/OrganisationsPage';
import { ResetPasswordPage } from '../pages/ResetPasswordPage';
import { SignInPage } from '../pages/SignInPage';
import { SubmissionPage } from '../pages/SubmissionPage';
import { SignUpPage } from '../pages/SignUpPage';
import { VerifyEmailPage } from '../pages/VerifyEmailPage';
import { ForYouPage } from '../pages/ForYouPage';
import { PartnershipPage } from '../pages/PartnershipPage';
import { PartnershipsPage } from '../pages/PartnershipsPage';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { TaxonomiesPage } from '../pages/TaxonomiesPage';
import { TaxonomyPage } from '../pages/TaxonomyPage';
import { RoomPage } from '../pages/RoomPage';
import { RoomsPage } from '../pages/RoomsPage';
import { RouteError } from './ErrorBoundary';
import { Layout } from './Layout';

/** Every page of the app; unknown paths fall through to the 404 page. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // errors of a page render inside the shell: header, navigation and language stay usable
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'taxonomies', element: <TaxonomiesPage /> },
          { path: 'taxonomies/:key', element: <TaxonomyPage /> },
          { path: 'accessibility', element: <AccessibilityPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'consent', element: <ConsentPage /> },
          { path: 'account/profile', element: <ProfileEditPage /> },
          { path: 'people', element: <PeoplePage /> },
          { path: 'people/:id', element: <PersonPage /> },
          { path: 'invitations/accept', element: <AcceptInvitationPage /> },
          { path: 'organisations', element: <OrganisationsPage /> },
          { path: 'organisations/new', element: <OrganisationNewPage /> },
          { path: 'organisations/:id', element: <OrganisationPage /> },
          { path: 'organisations/:id/edit', element: <OrganisationEditPage /> },
          { path: 'admin/people', element: <AdminPeoplePage /> },
          // challenges (issue 4): list, page, editor, moderators' review queue
          { path: 'challenges', element: <ChallengesPage /> },
          { path: 'challenges/new', element: <ChallengeNewPage /> },
          { path: 'challenges/:id', element: <ChallengePage /> },
          { path: 'challenges/:id/edit', element: <ChallengeEditPage /> },
          { path: 'moderation/challenges', element: <ChallengeReviewQueuePage /> },
          // technology offers and collaboration requests (issue 5)
          { path: 'offers', element: <MarketplaceListPage kind="offer" /> },
          { path: 'offers/new', element: <MarketplaceEditPage kind="offer" mode="new" /> },
          { path: 'offers/:id', element: <MarketplaceItemPage kind="offer" /> },
          { path: 'offers/:id/edit', element: <MarketplaceEditPage kind="offer" mode="edit" /> },
          { path: 'requests', element: <MarketplaceListPage kind="request" /> },
          { path: 'requests/new', element: <MarketplaceEditPage kind="request" mode="new" /> },
          { path: 'requests/:id', element: <MarketplaceItemPage kind="request" /> },
          {
            path: 'requests/:id/edit',
            element: <MarketplaceEditPage kind="request" mode="edit" />,
          },
          // submissions (issue 4)
          { path: 'challenges/:id/submission', element: <SubmissionPage /> },
          // evaluation (issue 4)
          { path: 'challenges/:id/evaluation', element: <ChallengeEvaluationPage /> },
          { path: 'challenges/:id/results', element: <ChallengeResultsPage /> },
          // matchmaking (issue 5)
          { path: 'for-you', element: <ForYouPage /> },
          // partnerships (issue 5): the inbox and one partnership
          { path: 'partnerships', element: <PartnershipsPage /> },
          { path: 'partnerships/:id', element: <PartnershipPage /> },
          { path: 'rooms', element: <RoomsPage /> },
          { path: 'rooms/:id', element: <RoomPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
