import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../test/render';
import { Button, Dialog, ListResults, Select, TextField, useConfirmation, useToast } from './index';

describe('TextField', () => {
  it('ties label, hint and error to the input', () => {
    renderWithProviders(
      <TextField label="Email" hint="Work address" error="Not a valid email" required />,
    );
    const input = screen.getByRole('textbox', { name: /Email/ });
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Work address Not a valid email');
    expect(screen.getByRole('alert')).toHaveTextContent('Not a valid email');
    expect(screen.getByText('(obbligatorio)')).toBeInTheDocument();
  });

  it('is valid and undescribed when there is no hint or error', () => {
    renderWithProviders(<TextField label="Name" />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });
});

describe('Select', () => {
  it('is labelled and lists its options', async () => {
    const onChange = jest.fn();
    renderWithProviders(
      <Select
        label="Provincia"
        options={[
          { value: 'MI', label: 'Milano' },
          { value: 'BG', label: 'Bergamo' },
        ]}
        onChange={onChange}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Provincia' });
    await userEvent.selectOptions(select, 'BG');
    expect(select).toHaveValue('BG');
    expect(onChange).toHaveBeenCalled();
  });
});

describe('Button', () => {
  it('is a non-submitting button unless asked', () => {
    renderWithProviders(<Button>Save</Button>);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('type', 'button');
  });
});

describe('Dialog', () => {
  function Harness({ onConfirm }: { onConfirm: () => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button onClick={() => setOpen(true)}>Delete</Button>
        <Dialog
          open={open}
          title="Delete the challenge?"
          onClose={() => setOpen(false)}
          actions={
            <Button
              variant="danger"
              onClick={() => {
                onConfirm();
                setOpen(false);
              }}
            >
              Confirm
            </Button>
          }
        >
          This cannot be undone.
        </Dialog>
      </>
    );
  }

  it('opens with its title as accessible name, and closes on Escape', async () => {
    const onConfirm = jest.fn();
    renderWithProviders(<Harness onConfirm={onConfirm} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the challenge?' });
    expect(dialog).toHaveTextContent('This cannot be undone.');
    expect(screen.getByRole('button', { name: 'Chiudi' })).toHaveFocus(); // not the destructive action
    await userEvent.keyboard('{Escape}');
    expect(
      screen.queryByRole('heading', { name: 'Delete the challenge?' }),
    ).not.toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('runs the action and closes; the close button closes too', async () => {
    const onConfirm = jest.fn();
    renderWithProviders(<Harness onConfirm={onConfirm} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Chiudi' }));
    expect(
      screen.queryByRole('heading', { name: 'Delete the challenge?' }),
    ).not.toBeInTheDocument();
  });
});

describe('Toast', () => {
  function Trigger() {
    const toast = useToast();
    return (
      <>
        <Button onClick={() => toast.show('Saved')}>ok</Button>
        <Button onClick={() => toast.show('Failed to save', 'error')}>fail</Button>
      </>
    );
  }

  it('announces info politely and errors assertively; both can be dismissed', async () => {
    renderWithProviders(<Trigger />);
    await userEvent.click(screen.getByRole('button', { name: 'ok' }));
    await userEvent.click(screen.getByRole('button', { name: 'fail' }));
    expect(screen.getByTestId('toasts-polite')).toHaveTextContent('Saved');
    expect(screen.getByTestId('toasts-assertive')).toHaveTextContent('Failed to save');
    const dismissButtons = screen.getAllByRole('button', { name: 'Chiudi la notifica' });
    expect(dismissButtons).toHaveLength(2);
    await userEvent.click(dismissButtons[1]!);
    expect(screen.getByTestId('toasts-assertive')).toBeEmptyDOMElement();
  });

  it('dismisses info messages by itself after a while', () => {
    jest.useFakeTimers();
    try {
      renderWithProviders(<Trigger />);
      act(() => screen.getByRole('button', { name: 'ok' }).click());
      expect(screen.getByTestId('toasts-polite')).toHaveTextContent('Saved');
      act(() => jest.advanceTimersByTime(7000));
      expect(screen.getByTestId('toasts-polite')).toBeEmptyDOMElement();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('useConfirmation', () => {
  function Remove({ action }: { action: (name: string) => Promise<void> }) {
    const { pending, busy, error, ask, cancel, confirm } = useConfirmation<string>(
      (caught) => `Failed: ${(caught as Error).message}`,
    );
    return (
      <>
        <Button onClick={() => ask('report.pdf')}>Remove</Button>
        <Dialog
          open={pending !== null}
          title={`Remove ${pending ?? ''}?`}
          onClose={cancel}
          actions={
            <Button disabled={busy} onClick={() => void confirm(action)}>
              Yes, remove
            </Button>
          }
        >
          {error && <p role="alert">{error}</p>}
        </Dialog>
      </>
    );
  }

  it('runs the action on what was asked, and closes once it succeeds', async () => {
    const action = jest.fn().mockResolvedValue(undefined);
    renderWithProviders(<Remove action={action} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(action).toHaveBeenCalledWith('report.pdf');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the dialog open with the error when the action fails, and clears it when asked again', async () => {
    const action = jest.fn().mockRejectedValueOnce(new Error('offline'));
    renderWithProviders(<Remove action={action} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed: offline');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Chiudi|Close/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('ListResults', () => {
  function List({ links = false, lastPage = 2 }: { links?: boolean; lastPage?: number }) {
    const [pages, setPages] = useState(1);
    const [loading, setLoading] = useState(false);
    const nodes = Array.from({ length: pages * 2 }, (_, i) => `row ${i + 1}`);
    return (
      <ListResults
        page={{ nodes, pageInfo: { hasNextPage: pages < lastPage } }}
        loading={loading}
        error={undefined}
        onRetry={() => undefined}
        onMore={() => {
          setLoading(true);
          setTimeout(() => {
            setPages((now) => now + 1);
            setLoading(false);
          }, 10);
        }}
        shownText={`${nodes.length} shown`}
        emptyText="Nothing yet"
        moreText="Show more"
      >
        <ul>
          {nodes.map((node) => (
            <li key={node}>{links ? <a href={`#${node}`}>{node}</a> : node}</li>
          ))}
        </ul>
      </ListResults>
    );
  }

  it('keeps the keyboard on the count when the last page takes "show more" away', async () => {
    renderWithProviders(<List />);
    screen.getByRole('button', { name: 'Show more' }).focus();
    await userEvent.keyboard('{Enter}');
    // the rows already shown stay, marked busy while the next page loads
    expect(screen.getByText('row 1').closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByText('row 4')).toBeInTheDocument();
    expect(screen.getByText('row 1').closest('[aria-busy]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('4 shown');
    expect(screen.getByRole('status')).toHaveFocus();
  });

  it('takes the keyboard to the first row "show more" brought, not back to the top', async () => {
    renderWithProviders(<List links lastPage={3} />);
    screen.getByRole('button', { name: 'Show more' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('link', { name: 'row 3' })).toHaveFocus());
    // and again from the button, which is still there
    screen.getByRole('button', { name: 'Show more' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('link', { name: 'row 5' })).toHaveFocus());
  });

  it('says the list is empty once, in its status', () => {
    renderWithProviders(
      <ListResults
        page={{ nodes: [], pageInfo: { hasNextPage: false } }}
        loading={false}
        error={undefined}
        onRetry={() => undefined}
        onMore={() => undefined}
        shownText="0 shown"
        emptyText="Nothing yet"
        moreText="Show more"
      >
        <ul />
      </ListResults>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Nothing yet');
    expect(screen.queryByText('0 shown')).not.toBeInTheDocument();
  });
});
