import type { MockLink } from '@apollo/client/testing';
import { OrganisationMembersDocument } from '@oip/graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/render';
import { ContactPersonsPicker } from './ContactPersonsPicker';

const ORG = '0d000000-0000-4000-8000-000000000004';
const names = [
  'Anna Bassi',
  'Bruno Conti',
  'Carla Dini',
  'Davide Esposito',
  'Elena Fumagalli',
  'Franco Galli',
];
const membersMock: MockLink.MockedResponse = {
  request: { query: OrganisationMembersDocument, variables: { id: ORG } },
  result: {
    data: {
      organisation: {
        __typename: 'Organisation',
        id: ORG,
        members: names.map((fullName, index) => ({
          __typename: 'Member',
          person: { __typename: 'Person', id: `p-${index}`, fullName },
        })),
      },
    },
  },
};

function Picker({ initial }: { initial: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <ContactPersonsPicker organisationId={ORG} value={value} onChange={setValue} error={null} />
  );
}

describe('ContactPersonsPicker', () => {
  it('offers the members as checkboxes, at most five, ignoring former members', async () => {
    renderWithProviders(<Picker initial={['p-0', 'someone-who-left']} />, { mocks: [membersMock] });
    const anna = await screen.findByRole('checkbox', { name: 'Anna Bassi' });
    expect(anna).toBeChecked();
    expect(screen.getByRole('group', { name: 'Referenti' })).toBeInTheDocument();
    const user = userEvent.setup();
    for (const name of names.slice(1, 5)) await user.click(screen.getByRole('checkbox', { name }));
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(5);
    expect(screen.getByRole('checkbox', { name: 'Franco Galli' })).toBeDisabled();
    await user.click(anna);
    expect(screen.getByRole('checkbox', { name: 'Franco Galli' })).toBeEnabled();
  });
});
