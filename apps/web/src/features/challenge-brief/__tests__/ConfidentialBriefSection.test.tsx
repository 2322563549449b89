import type { MockLink } from '@apollo/client/testing';
import {
  AcceptChallengeNdaDocument,
  ChallengeConfidentialBriefDocument,
  type ConfidentialBriefFieldsFragment,
} from '@oip/graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { CHALLENGE_ID, meMock } from '../../challenge-questions/__tests__/test-data';
import { ConfidentialBriefSection } from '../components/ConfidentialBriefSection';

const SENSORI = 'o0000000-0000-4000-8000-000000000001';
const POLIMI = 'o0000000-0000-4000-8000-000000000002';

function brief(
  overrides: Partial<ConfidentialBriefFieldsFragment> = {},
): ConfidentialBriefFieldsFragment {
  return {
    __typename: 'ConfidentialBrief',
    available: true,
    accepted: false,
    termsText: 'Keep it secret.',
    termsHtml: '<p>Keep it secret.</p>',
    termsVersion: 2,
    details: null,
    detailsHtml: null,
    viewerCanManage: false,
    updatedAt: '2026-11-20T10:00:00.000Z',
    attachments: [],
    viewerOrganisations: [
      {
        __typename: 'NdaOrganisation',
        accepted: false,
        organisation: { __typename: 'Organisation', id: SENSORI, displayName: 'Sensori Srl' },
      },
      {
        __typename: 'NdaOrganisation',
        accepted: false,
        organisation: { __typename: 'Organisation', id: POLIMI, displayName: 'Politecnico' },
      },
    ],
    ...overrides,
  };
}

function briefMock(value: ConfidentialBriefFieldsFragment, edit = false): MockLink.MockedResponse {
  return {
    request: { query: ChallengeConfidentialBriefDocument, variables: { id: CHALLENGE_ID } },
    result: {
      data: {
        __typename: 'Query',
        challenge: {
          __typename: 'Challenge',
          id: CHALLENGE_ID,
          viewerCan: { __typename: 'ChallengeViewerCan', edit },
          confidentialBrief: value,
        },
      },
    },
  };
}

const acceptMock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: {
    query: AcceptChallengeNdaDocument,
    variables: { challengeId: CHALLENGE_ID, organisationId: POLIMI, termsVersion: 2 },
  },
  result,
});

const opened = brief({
  accepted: true,
  details: 'Line 3 layout',
  detailsHtml: '<p>Line 3 layout</p>',
  attachments: [
    {
      __typename: 'Attachment',
      id: 'f1',
      name: 'layout.pdf',
      size: 2048,
      contentType: 'application/pdf',
      url: '/api/files/f1',
      confidential: true,
      createdAt: '2026-11-20T10:00:00.000Z',
    },
  ],
});

function renderSection(mocks: MockLink.MockedResponse[], me: Parameters<typeof meMock>[0] = {}) {
  return renderWithProviders(
    <MemoryRouter>
      <ConfidentialBriefSection challengeId={CHALLENGE_ID} />
    </MemoryRouter>,
    { mocks: [meMock(me), ...mocks] },
  );
}

describe('ConfidentialBriefSection', () => {
  it('shows the terms, accepts on behalf of the chosen organisation after confirmation, then the details', async () => {
    renderSection([
      briefMock(brief()),
      acceptMock({ data: { __typename: 'Mutation', acceptChallengeNda: opened } }),
      briefMock(opened),
    ]);
    expect(await screen.findByText('Keep it secret.')).toBeInTheDocument();
    expect(screen.queryByText('Line 3 layout')).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Organizzazione'), POLIMI);
    await userEvent.click(screen.getByRole('button', { name: 'Accetta a nome di Politecnico' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Accettare i termini a nome di Politecnico?',
    });
    expect(dialog).toHaveTextContent('L’accettazione e ogni lettura vengono registrate');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Accetto' }));

    expect(
      await within(screen.getByTestId('toasts-polite')).findByText(
        'Termini accettati a nome di Politecnico.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('Line 3 layout')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'layout.pdf' })).toHaveAttribute(
      'href',
      '/api/files/f1',
    );
    expect(
      screen.getByText('Ogni lettura di questa parte riservata viene registrata.'),
    ).toBeInTheDocument();
  });

  it('does nothing until the dialog is confirmed, and explains outdated terms', async () => {
    renderSection([
      briefMock(brief()),
      acceptMock({
        errors: [new GraphQLError('outdated', { extensions: { code: 'NDA_TERMS_OUTDATED' } })],
      }),
      briefMock(brief({ termsText: 'New terms', termsHtml: '<p>New terms</p>', termsVersion: 3 })),
    ]);
    await userEvent.selectOptions(await screen.findByLabelText('Organizzazione'), POLIMI);
    await userEvent.click(screen.getByRole('button', { name: 'Accetta a nome di Politecnico' }));
    await userEvent.click(screen.getByRole('button', { name: 'Chiudi' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Accetta a nome di Politecnico' }));
    await userEvent.click(screen.getByRole('button', { name: 'Accetto' }));
    expect(
      await within(screen.getByTestId('toasts-assertive')).findByText(
        /I termini di riservatezza sono cambiati/,
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('New terms')).toBeInTheDocument();
  });

  it('with a single organisation offers it directly, without a choice', async () => {
    const single = brief({ viewerOrganisations: brief().viewerOrganisations.slice(0, 1) });
    renderSection([briefMock(single)]);
    expect(
      await screen.findByRole('button', { name: 'Accetta a nome di Sensori Srl' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Organizzazione')).not.toBeInTheDocument();
  });

  it('asks anonymous visitors to sign in, and renders nothing without a confidential part', async () => {
    const { unmount } = renderSection([briefMock(brief({ viewerOrganisations: [] }))], null);
    expect(
      await screen.findByRole('link', { name: 'Accedi per leggere la parte riservata' }),
    ).toBeInTheDocument();
    unmount();
    renderSection([
      briefMock(brief({ available: false, termsText: null, termsHtml: null, termsVersion: null })),
    ]);
    expect(screen.getByText('Caricamento della parte riservata…')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Parte riservata' })).not.toBeInTheDocument(),
    );
  });

  it('gives the owner side the editor for a new confidential part', async () => {
    renderSection([
      briefMock(
        brief({
          available: false,
          termsText: null,
          termsHtml: null,
          termsVersion: null,
          viewerCanManage: true,
          accepted: true,
          viewerOrganisations: [],
        }),
        true,
      ),
    ]);
    expect(await screen.findByLabelText('Termini di riservatezza')).toBeInTheDocument();
    expect(screen.getByLabelText('Dettagli riservati')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Salva la parte riservata' })).toBeInTheDocument();
  });
});
