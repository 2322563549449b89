import type { MockLink } from '@apollo/client/testing';
import { ERROR_MESSAGES } from '@oip/domain';
import {
  ExpressInterestDocument,
  MatchesForRequestDocument,
  type ExpressInterestInput,
  type MatchFieldsFragment,
} from '@oip/graphql';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { MatchesSection } from '../../matchmaking/components/MatchesSection';
import {
  DEPT,
  LAB,
  meMock,
  myOrganisationsMock,
  openPartnershipsMock,
  partnership,
  SME,
} from './fixtures';

const REQUEST_ID = 'request-1';

const match = (overrides: Partial<MatchFieldsFragment>): MatchFieldsFragment => ({
  __typename: 'Match',
  targetId: 'offer-1',
  targetType: 'OFFER',
  titleIt: 'Ispezione visiva dei pezzi torniti',
  titleEn: 'Visual inspection of turned parts',
  organisationId: LAB.id,
  organisationName: LAB.displayName,
  score: 4,
  reasons: { __typename: 'MatchReasons', it: ['2 tag in comune'], en: ['2 shared tags'] },
  ...overrides,
});

const offerMatch = match({});
const labMatch = match({
  targetId: LAB.id,
  targetType: 'ORGANISATION',
  titleIt: LAB.displayName,
  titleEn: LAB.displayName,
});

const matchesMock: MockLink.MockedResponse = {
  request: { query: MatchesForRequestDocument, variables: { id: REQUEST_ID, first: 10 } },
  result: { data: { __typename: 'Query', matchesForRequest: [offerMatch, labMatch] } },
};

/** The mutation, answering `error` (a code) or the partnership; records what was sent. */
function interestMock(input: ExpressInterestInput, error?: string) {
  const sent: ExpressInterestInput[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: ExpressInterestDocument, variables: { input } },
    result: () => {
      sent.push(input);
      return error
        ? { errors: [new GraphQLError('refused', { extensions: { code: error } })] }
        : { data: { __typename: 'Mutation', expressInterest: partnership({ id: 'p-9' }) } };
    },
  };
  return { mock, sent };
}

function renderMatches(
  mocks: MockLink.MockedResponse[],
  administered = [SME, DEPT],
  open = openPartnershipsMock(),
) {
  return renderWithProviders(
    <MemoryRouter>
      <MatchesSection
        source={{
          type: 'REQUEST',
          id: REQUEST_ID,
          ownerId: SME.id,
          title: 'Cobot per la sbavatura',
        }}
      />
    </MemoryRouter>,
    {
      mocks: [
        meMock,
        myOrganisationsMock(administered.map((o) => ({ ...o, myRole: 'ADMIN' }))),
        matchesMock,
        open,
        ...mocks,
      ],
    },
  );
}

const openDialog = async (name: RegExp) => {
  await userEvent.click(await screen.findByRole('button', { name }));
  return screen.getByRole('dialog');
};

// typing whole messages, and each mocked round trip, take seconds on a busy machine
jest.setTimeout(15_000);
configure({ asyncUtilTimeout: 4000 });

describe('express interest from a match', () => {
  it('requires a message of at most 2000 characters, with a counter', async () => {
    renderMatches([]);
    const dialog = await openDialog(/Manifesta interesse.*Ispezione visiva/);
    expect(dialog).toHaveAccessibleName(
      'Manifesta interesse per «Ispezione visiva dei pezzi torniti»',
    );
    const message = within(dialog).getByRole('textbox', { name: /Messaggio/ });
    // focus starts on the first field: here the choice of the sending organisation
    expect(within(dialog).getByRole('combobox', { name: 'Invia a nome di' })).toHaveFocus();
    expect(message).toHaveAccessibleDescription('0 di 2000 caratteri');

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Invia la manifestazione di interesse' }),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Scrivi un messaggio per l’altra organizzazione.',
    );
    expect(message).toHaveAttribute('aria-invalid', 'true');

    await userEvent.click(message);
    await userEvent.paste('x'.repeat(2001));
    expect(message).toHaveAccessibleDescription(/2001 di 2000 caratteri/);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Invia la manifestazione di interesse' }),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Il messaggio supera i 2000 caratteri.',
    );
  });

  it('sends interest in the matched offer from the chosen organisation, then says so', async () => {
    const { mock, sent } = interestMock({
      fromOrganisationId: DEPT.id,
      itemType: 'OFFER',
      itemId: 'offer-1',
      toOrganisationId: undefined,
      message: 'Vorremmo provarla sulla nostra linea.',
    });
    renderMatches([mock]);
    const dialog = await openDialog(/Manifesta interesse.*Ispezione visiva/);
    const from = within(dialog).getByRole('combobox', { name: 'Invia a nome di' });
    expect(from).toHaveValue(SME.id); // the owner of the request comes first
    await userEvent.selectOptions(from, DEPT.id);
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Messaggio/ }),
      'Vorremmo provarla sulla nostra linea.',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Invia la manifestazione di interesse' }),
    );

    const done = await screen.findByRole('link', { name: /Interesse inviato.*Ispezione visiva/ });
    expect(done).toHaveAttribute('href', '/partnerships/p-9');
    expect(done).toHaveFocus();
    expect(sent).toHaveLength(1);
    expect(screen.getByTestId('toasts-polite')).toHaveTextContent(
      'Manifestazione di interesse inviata a Laboratorio di Robotica.',
    );
  });

  it('reaches out to a matched organisation about the request itself, only as its owner', async () => {
    const { mock, sent } = interestMock({
      fromOrganisationId: SME.id,
      itemType: 'REQUEST',
      itemId: REQUEST_ID,
      toOrganisationId: LAB.id,
      message: 'Ci aiutate?',
    });
    renderMatches([mock]);
    const dialog = await openDialog(/Manifesta interesse.*Laboratorio di Robotica/);
    // it names the request it is about, not only the organisation
    expect(dialog).toHaveAccessibleName(
      'Proponi «Cobot per la sbavatura» a Laboratorio di Robotica',
    );
    expect(within(dialog).queryByRole('combobox')).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('A nome di Meccanica Brianzola.');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Messaggio/ }), 'Ci aiutate?');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Invia la manifestazione di interesse' }),
    );
    await screen.findByRole('link', { name: /Interesse inviato.*Laboratorio di Robotica/ });
    expect(sent).toHaveLength(1);
  });

  it('shows the API refusal translated by its code, and keeps the dialog open', async () => {
    const { mock } = interestMock(
      {
        fromOrganisationId: SME.id,
        itemType: 'OFFER',
        itemId: 'offer-1',
        toOrganisationId: undefined,
        message: 'Ciao',
      },
      'FORBIDDEN',
    );
    renderMatches([mock], [SME]);
    const dialog = await openDialog(/Manifesta interesse.*Ispezione visiva/);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Messaggio/ }), 'Ciao');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Invia la manifestazione di interesse' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(ERROR_MESSAGES.FORBIDDEN.it);
    expect(screen.getByRole('dialog')).toBeVisible();
  });

  it('remembers open partnerships after a reload: "Interest sent" / "Partnership active", linked', async () => {
    renderMatches(
      [],
      [SME, DEPT],
      openPartnershipsMock([
        // DEPT already asked about the matched offer
        {
          id: 'p-1',
          status: 'PROPOSED',
          itemType: 'OFFER',
          itemId: 'offer-1',
          initiatorId: DEPT.id,
          recipientId: LAB.id,
        },
        // the lab answered the request's owner directly: active
        {
          id: 'p-2',
          status: 'ACTIVE',
          itemType: 'REQUEST',
          itemId: REQUEST_ID,
          initiatorId: LAB.id,
          recipientId: SME.id,
        },
      ]),
    );
    const sent = await screen.findByRole('link', { name: /Interesse inviato.*Ispezione visiva/ });
    expect(sent).toHaveAttribute('href', '/partnerships/p-1');
    const active = screen.getByRole('link', {
      name: /Collaborazione attiva.*Laboratorio di Robotica/,
    });
    expect(active).toHaveAttribute('href', '/partnerships/p-2');
    expect(screen.queryByRole('button', { name: /Manifesta interesse/ })).not.toBeInTheDocument();
  });

  it('ignores open partnerships of other items or organisations', async () => {
    renderMatches(
      [],
      [SME],
      openPartnershipsMock([
        {
          id: 'p-1',
          status: 'PROPOSED',
          itemType: 'OFFER',
          itemId: 'offer-1',
          initiatorId: DEPT.id,
          recipientId: LAB.id,
        },
        {
          id: 'p-3',
          status: 'ACTIVE',
          itemType: 'OFFER',
          itemId: 'offer-2',
          initiatorId: SME.id,
          recipientId: LAB.id,
        },
      ]),
    );
    await screen.findByRole('button', { name: /Manifesta interesse.*Ispezione visiva/ });
    expect(screen.queryByRole('link', { name: /Interesse inviato/ })).not.toBeInTheDocument();
  });

  it('offers nothing to people who administer no other organisation', async () => {
    renderMatches([], []);
    await screen.findByRole('link', { name: 'Ispezione visiva dei pezzi torniti' });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Manifesta interesse/ })).not.toBeInTheDocument(),
    );
  });

  it('closes on Escape and gives the focus back to its button', async () => {
    renderMatches([]);
    const opener = await screen.findByRole('button', { name: /Manifesta interesse.*Ispezione/ });
    await userEvent.click(opener);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(
      screen.queryByRole('heading', { name: /Manifesta interesse per/ }),
    ).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
