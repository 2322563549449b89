import type { MockLink } from '@apollo/client/testing';
import {
  PlatformAccountsDocument,
  SetPlatformRoleDocument,
  type MeQuery,
  type PlatformRole,
} from '@oip/graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../test/render';

const me = (role: PlatformRole): NonNullable<MeQuery['me']> => ({
  __typename: 'Account',
  id: 'a0000000-0000-4000-8000-000000000001',
  email: 'admin@demo.oip.it',
  emailVerified: true,
  fullName: 'Elena Moretti',
  role,
  locale: 'it',
  consentsComplete: true,
});

const giovanni = {
  __typename: 'PlatformAccount' as const,
  id: 'a0000000-0000-4000-8000-000000000002',
  fullName: 'Giovanni Bruno',
  email: 'giovanni.bruno@demo.oip.it',
  role: 'MEMBER' as const,
  emailVerified: true,
  createdAt: '2026-11-20T10:00:00.000Z',
};

const accountsMock: MockLink.MockedResponse = {
  request: { query: PlatformAccountsDocument, variables: { filter: {}, first: 20 } },
  result: {
    data: {
      __typename: 'Query',
      platformAccounts: {
        __typename: 'PlatformAccountPage',
        nodes: [giovanni],
        pageInfo: { __typename: 'PageInfo', endCursor: 'c1', hasNextPage: false },
      },
    },
  },
};

const setRoleMock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: {
    query: SetPlatformRoleDocument,
    variables: { userId: giovanni.id, role: 'MODERATOR' },
  },
  result,
});

async function chooseModerator() {
  const select = await screen.findByRole('combobox', { name: 'Ruolo di Giovanni Bruno' });
  await userEvent.selectOptions(select, 'MODERATOR');
  const dialog = await screen.findByRole('dialog', {
    name: 'Cambiare il ruolo di Giovanni Bruno?',
  });
  expect(dialog).toHaveTextContent('Giovanni Bruno passerà da «Membro» a «Moderatore»');
  return { select, dialog };
}

describe('administration: people', () => {
  it('tells a signed-in non-admin that the page is not for them, and hides the link', async () => {
    renderRoute('/admin/people', { me: me('MODERATOR') });
    expect(
      await screen.findByText('Questa pagina è riservata agli amministratori della piattaforma.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Amministrazione');
    expect(screen.queryByRole('link', { name: 'Amministrazione' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('changes a role after confirmation and says so', async () => {
    renderRoute('/admin/people', {
      me: me('ADMIN'),
      mocks: [
        accountsMock,
        setRoleMock({
          data: {
            setPlatformRole: { __typename: 'PlatformAccount', id: giovanni.id, role: 'MODERATOR' },
          },
        }),
      ],
    });
    expect(await screen.findByRole('link', { name: 'Amministrazione' })).toBeInTheDocument();
    const { select, dialog } = await chooseModerator();
    // nothing is saved before the confirmation: the select still shows the stored role
    expect(select).toHaveValue('MEMBER');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Conferma' }));
    expect(await screen.findByText('Giovanni Bruno ora è «Moderatore».')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Ruolo di Giovanni Bruno' })).toHaveValue(
      'MODERATOR',
    );
  });

  it('closing the dialog changes nothing', async () => {
    renderRoute('/admin/people', { me: me('ADMIN'), mocks: [accountsMock] });
    const { select, dialog } = await chooseModerator();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Chiudi' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(select).toHaveValue('MEMBER');
  });

  it('shows the API’s refusal translated', async () => {
    const refusal = new GraphQLError('last admin', {
      extensions: { code: 'LAST_PLATFORM_ADMIN' },
    });
    renderRoute('/admin/people', {
      me: me('ADMIN'),
      locale: 'en',
      mocks: [accountsMock, setRoleMock({ errors: [refusal] })],
    });
    const select = await screen.findByRole('combobox', { name: 'Role of Giovanni Bruno' });
    await userEvent.selectOptions(select, 'MODERATOR');
    const dialog = await screen.findByRole('dialog', {
      name: 'Change the role of Giovanni Bruno?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(
      await screen.findByText(
        'The platform must keep at least one administrator: appoint another administrator first.',
      ),
    ).toBeInTheDocument();
    expect(select).toHaveValue('MEMBER');
  });
});
