import type { MockLink } from '@apollo/client/testing';
import { DeactivateOrganisationDocument, ReactivateOrganisationDocument } from '@oip/graphql';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { ActiveToggle } from './ActiveToggle';

const ID = '0d000000-0000-4000-8000-000000000001';

const answer = (
  document: typeof DeactivateOrganisationDocument | typeof ReactivateOrganisationDocument,
  field: string,
  active: boolean,
  onCall: () => void,
): MockLink.MockedResponse => ({
  request: { query: document, variables: { id: ID } },
  result: () => {
    onCall();
    return { data: { [field]: { __typename: 'Organisation', id: ID, active } } };
  },
});

describe('ActiveToggle', () => {
  it('deactivates only after a confirmation, which can be dismissed', async () => {
    const called = jest.fn();
    renderWithProviders(<ActiveToggle id={ID} name="Meccanica Brianzola" active />, {
      mocks: [answer(DeactivateOrganisationDocument, 'deactivateOrganisation', false, called)],
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Disattiva l’organizzazione' }));
    expect(await screen.findByText('Disattivare «Meccanica Brianzola»?')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(called).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Disattiva l’organizzazione' }));
    await user.click(await screen.findByRole('button', { name: 'Disattiva' }));
    await waitFor(() => expect(called).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Organizzazione disattivata.')).toBeInTheDocument();
  });

  it('reactivates at once (nothing is lost by reactivating)', async () => {
    const called = jest.fn();
    renderWithProviders(<ActiveToggle id={ID} name="Meccanica Brianzola" active={false} />, {
      mocks: [answer(ReactivateOrganisationDocument, 'reactivateOrganisation', true, called)],
      locale: 'en',
    });
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Reactivate the organisation' }));
    await waitFor(() => expect(called).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Organisation reactivated.')).toBeInTheDocument();
  });
});
