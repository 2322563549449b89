import type { MockLink } from '@apollo/client/testing';
import {
  AcceptPartnershipDocument,
  DeclinePartnershipDocument,
  PartnershipsDocument,
  PendingPartnershipDecisionsDocument,
  ProjectGroupsDocument,
} from '@oip/graphql';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../challenges/__tests__/request-polyfill';
import { renderRoute } from '../../../test/render';
import { PARTNERSHIPS_PAGE_SIZE } from '../hooks/usePartnershipBox';
import { boxMock, DEPT, LAB, me, myOrganisationsMock, partnership, SME } from './fixtures';

const received = partnership({
  id: 'p-received',
  initiator: SME,
  recipient: LAB,
  viewerCanDecide: true,
});
const sent = partnership({
  id: 'p-sent',
  itemType: 'REQUEST',
  itemId: 'request-7',
  itemTitleIt: 'Gemello digitale del forno',
  initiator: LAB,
  recipient: DEPT,
  viewerCanWithdraw: true,
  messages: [],
});

const labMember = myOrganisationsMock([
  { ...LAB, myRole: 'ADMIN' },
  { ...DEPT, myRole: 'OWNER' },
]);

/** A project group of the lab's request with SME and DEPT, titled by the API. */
const group = {
  __typename: 'ProjectGroup' as const,
  id: 'g-1',
  itemType: 'REQUEST' as const,
  itemId: 'request-7',
  itemTitleIt: 'Gemello digitale del forno',
  itemTitleEn: 'Digital twin of the furnace',
  owner: LAB,
  members: [SME, DEPT],
  roomId: 'room-1',
  createdAt: '2026-03-01T10:00:00.000Z',
};

const groupsMock = (
  organisationId: string,
  groups = [] as (typeof group)[],
): MockLink.MockedResponse => ({
  request: { query: ProjectGroupsDocument, variables: { organisationId } },
  result: { data: { __typename: 'Query', projectGroups: groups } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** A decision mutation answering the partnership after it; records the variables. */
function decisionMock(
  query: typeof AcceptPartnershipDocument | typeof DeclinePartnershipDocument,
  variables: Record<string, unknown>,
  field: string,
  after: ReturnType<typeof partnership>,
) {
  const calls: unknown[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query, variables },
    result: () => {
      calls.push(variables);
      return { data: { __typename: 'Mutation', [field]: after } };
    },
  };
  return { mock, calls };
}

// typing whole messages, and each mocked round trip, take seconds on a busy machine
jest.setTimeout(15_000);
configure({ asyncUtilTimeout: 4000 });

describe('the partnership inbox', () => {
  it('shows the received box first, and the sent box through its link', async () => {
    renderRoute('/partnerships', {
      me,
      mocks: [labMember, boxMock(LAB.id, 'RECEIVED', [received]), boxMock(LAB.id, 'SENT', [sent])],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Partnership' })).toBeVisible();
    const boxes = await screen.findByRole('navigation', { name: 'Cartelle delle partnership' });
    expect(within(boxes).getByRole('link', { name: 'Ricevute' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const card = (await screen.findByRole('link', { name: received.itemTitleIt })).closest('li')!;
    expect(within(card).getByRole('link', { name: SME.displayName })).toHaveAttribute(
      'href',
      `/organisations/${SME.id}`,
    );
    expect(card).toHaveTextContent('Vorremmo provarla sulla nostra linea.');
    expect(card).toHaveTextContent('Proposta');
    expect(within(card).getByRole('button', { name: /Accetta/ })).toBeInTheDocument();
    expect(screen.getByText('1 di 1 mostrate')).toBeInTheDocument();

    await userEvent.click(within(boxes).getByRole('link', { name: 'Inviate' }));
    expect(await screen.findByRole('link', { name: 'Gemello digitale del forno' })).toBeVisible();
    expect(within(boxes).getByRole('link', { name: 'Inviate' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(boxes).getByRole('link', { name: 'Ricevute' })).not.toHaveAttribute(
      'aria-current',
    );
    expect(screen.getByRole('button', { name: /Ritira.*Gemello digitale/ })).toBeInTheDocument();
  });

  it('switches organisation with the picker; an empty box says so', async () => {
    renderRoute('/partnerships', {
      me,
      mocks: [labMember, boxMock(LAB.id, 'RECEIVED', [received]), boxMock(DEPT.id, 'RECEIVED', [])],
    });
    await screen.findByRole('link', { name: received.itemTitleIt });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Organizzazione' }),
      DEPT.id,
    );
    expect(
      await screen.findByText('Nessuna manifestazione di interesse in attesa di risposta.'),
    ).toBeVisible();
  });

  it('opens on the organisation with proposals waiting, and keeps it in the address', async () => {
    const pendingMock: MockLink.MockedResponse = {
      request: { query: PendingPartnershipDecisionsDocument },
      result: {
        data: {
          __typename: 'Query',
          pendingPartnershipDecisions: [
            { __typename: 'PendingPartnershipDecisions', organisationId: DEPT.id, count: 2 },
          ],
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const { router } = renderRoute('/partnerships', {
      me,
      mocks: [labMember, pendingMock, boxMock(DEPT.id, 'RECEIVED', [])],
    });
    await waitFor(() => expect(router.state.location.search).toContain(`organisation=${DEPT.id}`));
    expect(
      await screen.findByRole('option', {
        name: `${DEPT.displayName} (2 proposte da decidere)`,
        selected: true,
      }),
    ).toBeInTheDocument();
  });

  it('accepts after a confirmation; the card leaves the received box', async () => {
    const { mock, calls } = decisionMock(
      AcceptPartnershipDocument,
      { id: received.id },
      'acceptPartnership',
      { ...received, status: 'ACTIVE', viewerCanDecide: false, viewerCanConclude: true },
    );
    renderRoute('/partnerships', {
      me,
      mocks: [labMember, boxMock(LAB.id, 'RECEIVED', [received], []), mock],
    });
    await userEvent.click(await screen.findByRole('button', { name: /Accetta.*Ispezione visiva/ }));
    const dialog = screen.getByRole('dialog', { name: 'Accettare la partnership?' });
    expect(within(dialog).getByRole('button', { name: 'Chiudi' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sì, accetta' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(
      await within(screen.getByTestId('toasts-polite')).findByText('Partnership accettata.'),
    ).toBeVisible();
    expect(
      await screen.findByText('Nessuna manifestazione di interesse in attesa di risposta.'),
    ).toBeVisible();
  });

  it('declines with an optional reason', async () => {
    const { mock, calls } = decisionMock(
      DeclinePartnershipDocument,
      { id: received.id, reason: 'Non lavoriamo su questo tema.' },
      'declinePartnership',
      { ...received, status: 'DECLINED', viewerCanDecide: false },
    );
    renderRoute('/partnerships', {
      me,
      mocks: [labMember, boxMock(LAB.id, 'RECEIVED', [received], []), mock],
    });
    await userEvent.click(await screen.findByRole('button', { name: /Rifiuta.*Ispezione visiva/ }));
    const dialog = screen.getByRole('dialog', {
      name: 'Rifiutare la manifestazione di interesse?',
    });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Motivo (facoltativo)' }),
      'Non lavoriamo su questo tema.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sì, rifiuta' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(
      await within(screen.getByTestId('toasts-polite')).findByText(
        'Manifestazione di interesse rifiutata.',
      ),
    ).toBeVisible();
  });

  it('offers a project group on an item with two active partnerships', async () => {
    const active = (id: string, partner: typeof SME) =>
      partnership({
        id,
        status: 'ACTIVE',
        initiator: partner,
        recipient: LAB,
        viewerCanConclude: true,
      });
    renderRoute('/partnerships?box=active', {
      me,
      mocks: [
        labMember,
        boxMock(LAB.id, 'ACTIVE', [active('p-a', SME), active('p-b', DEPT)]),
        groupsMock(LAB.id),
      ],
    });
    const form = await screen.findByRole('group', {
      name: 'Partner per «Ispezione visiva dei pezzi torniti»',
    });
    expect(within(form).getAllByRole('checkbox')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Forma il gruppo di progetto' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Scegli almeno due partnership.');
    expect(await screen.findByText('Nessun gruppo di progetto.')).toBeVisible();
  });

  it('names each project group by its item’s title from the API, in the current language', async () => {
    renderRoute('/partnerships?box=active', {
      me,
      locale: 'en',
      mocks: [labMember, boxMock(LAB.id, 'ACTIVE', []), groupsMock(LAB.id, [group])],
    });
    // no partnership of that item is loaded: the title still comes with the group
    const link = await screen.findByRole('link', { name: 'Digital twin of the furnace' });
    expect(link).toHaveAttribute('href', '/requests/request-7');
  });

  it('loads the next page after the cursor with "Load more"', async () => {
    const page = (after: string | null, node: typeof received, hasNextPage: boolean) => ({
      request: {
        query: PartnershipsDocument,
        variables: {
          organisationId: LAB.id,
          box: 'RECEIVED',
          first: PARTNERSHIPS_PAGE_SIZE,
          ...(after ? { after } : {}),
        },
      },
      result: {
        data: {
          __typename: 'Query',
          partnerships: {
            __typename: 'PartnershipConnection',
            edges: [{ __typename: 'PartnershipEdge', cursor: node.id, node }],
            pageInfo: { __typename: 'PageInfo', endCursor: node.id, hasNextPage },
            totalCount: 2,
          },
        },
      },
    });
    const second = { ...received, id: 'p-second', itemTitleIt: 'Cobot per la pallettizzazione' };
    renderRoute('/partnerships', {
      me,
      mocks: [labMember, page(null, received, true), page(received.id, second, false)],
    });
    await screen.findByRole('link', { name: received.itemTitleIt });
    expect(screen.getByText('1 di 2 mostrate')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Carica altre' }));
    expect(await screen.findByRole('link', { name: second.itemTitleIt })).toBeVisible();
    expect(screen.getByRole('link', { name: received.itemTitleIt })).toBeVisible();
    expect(screen.getByText('2 di 2 mostrate')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Carica altre' })).not.toBeInTheDocument();
  });
});
