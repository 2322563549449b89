import { RoomPeopleDocument } from '@oip/graphql';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { Composer } from '../components/Composer';

const ROOM = 'room-1';
const people = (query: string, result: { userId: string; name: string }[]) => ({
  request: { query: RoomPeopleDocument, variables: { roomId: ROOM, query } },
  result: {
    data: { roomPeople: result.map((p) => ({ __typename: 'RoomPerson' as const, ...p })) },
  },
});

describe('the message composer', () => {
  it('sends with Enter, starts a new line with Shift+Enter, and empties itself', async () => {
    const onSend = jest.fn();
    renderWithProviders(
      <Composer roomId={ROOM} label="Messaggio" onSend={onSend} onTyping={() => undefined} />,
    );
    const box = screen.getByRole('combobox', { name: 'Messaggio' });
    await userEvent.type(box, 'Prima riga{Shift>}{Enter}{/Shift}seconda');
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith('Prima riga\nseconda', [], []);
    expect(box).toHaveValue('');
  });

  it('offers the room’s people after @, chosen with the arrows and Enter, and sends their ids', async () => {
    const onSend = jest.fn();
    renderWithProviders(
      <Composer roomId={ROOM} label="Messaggio" onSend={onSend} onTyping={() => undefined} />,
      {
        mocks: [
          people('', []),
          people('M', []),
          people('Ma', [
            { userId: 'u-1', name: 'Marco Ferrari' },
            { userId: 'u-2', name: 'Marta Gialli' },
          ]),
        ],
      },
    );
    const box = screen.getByRole('combobox', { name: 'Messaggio' });
    await userEvent.type(box, 'Ciao @Ma');
    const list = await screen.findByRole('listbox', { name: 'Persone da menzionare' });
    await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
    expect(list.querySelectorAll('[role="option"]')).toHaveLength(2);
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: 'Marta Gialli' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(box).toHaveValue('Ciao @Marta Gialli '));
    await userEvent.type(box, 'guarda qui{Enter}');
    expect(onSend).toHaveBeenCalledWith('Ciao @Marta Gialli guarda qui', ['u-2'], []);
  });
});
