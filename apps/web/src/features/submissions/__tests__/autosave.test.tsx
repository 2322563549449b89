import { CombinedGraphQLErrors } from '@apollo/client';
import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { AutosaveStatus } from '../components/AutosaveStatus';
import { useAutosave } from '../hooks/useAutosave';

// 13:05 UTC in winter is 14:05 in Rome: the status shows Italian time
const NOW = new Date('2026-12-01T13:05:00Z');

function Editor({ save }: { save: (value: string) => Promise<void> }) {
  const autosave = useAutosave(save, { now: () => NOW });
  return (
    <>
      <label htmlFor="text">Testo</label>
      <textarea
        id="text"
        onChange={(event) => autosave.change(event.target.value)}
        onBlur={() => void autosave.flush()}
      />
      <AutosaveStatus state={autosave.state} />
    </>
  );
}

const graphQLError = (code: string) =>
  new CombinedGraphQLErrors({
    errors: [{ message: code, extensions: { code, currentVersion: 3 } }],
  });

/** A save whose outcome the test decides. */
function controlledSave() {
  const calls: { value: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const save = jest.fn(
    (value: string) =>
      new Promise<void>((resolve, reject) => calls.push({ value, resolve, reject })),
  );
  return { save, calls };
}

const type = (text: string) =>
  fireEvent.change(screen.getByLabelText('Testo'), { target: { value: text } });

describe('autosave', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves 1.5 s after typing stops, once, with the latest text, and says when', async () => {
    const { save, calls } = controlledSave();
    renderWithProviders(<Editor save={save} />);
    type('a');
    act(() => jest.advanceTimersByTime(1000));
    type('ab');
    act(() => jest.advanceTimersByTime(1499));
    expect(save).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(save).toHaveBeenCalledTimes(1);
    expect(calls[0]!.value).toBe('ab');
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Salvataggio…');
    await act(async () => calls[0]!.resolve());
    expect(status).toHaveTextContent('Salvata alle 14:05');
  });

  it('saves at once when the field loses focus', async () => {
    const { save, calls } = controlledSave();
    renderWithProviders(<Editor save={save} />);
    type('testo');
    fireEvent.blur(screen.getByLabelText('Testo'));
    expect(save).toHaveBeenCalledWith('testo');
    await act(async () => calls[0]!.resolve());
    // the pending timer finds nothing left to save
    act(() => jest.advanceTimersByTime(2000));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves a change made during a save right after it', async () => {
    const { save, calls } = controlledSave();
    renderWithProviders(<Editor save={save} />);
    type('one');
    fireEvent.blur(screen.getByLabelText('Testo'));
    type('two');
    fireEvent.blur(screen.getByLabelText('Testo')); // in flight: waits
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => calls[0]!.resolve());
    expect(save).toHaveBeenCalledTimes(2);
    expect(calls[1]!.value).toBe('two');
  });

  it('a flush during a save settles only once that save and the change after it are stored', async () => {
    // the submit button flushes first: it must not send while a save is about to bump the version
    const { save, calls } = controlledSave();
    let flushed = false;
    function Flusher() {
      const autosave = useAutosave(save, { now: () => NOW });
      return (
        <>
          <button onClick={() => autosave.change('one')}>change one</button>
          <button onClick={() => autosave.change('two')}>change two</button>
          <button onClick={() => void autosave.flush().then(() => (flushed = true))}>flush</button>
        </>
      );
    }
    renderWithProviders(<Flusher />);
    fireEvent.click(screen.getByText('change one'));
    act(() => jest.advanceTimersByTime(1500));
    expect(save).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByText('change two'));
    fireEvent.click(screen.getByText('flush'));
    await act(async () => calls[0]!.resolve());
    expect(flushed).toBe(false);
    expect(calls[1]!.value).toBe('two');
    await act(async () => calls[1]!.resolve());
    expect(flushed).toBe(true);
  });

  it('says why a save failed and tries again on the next change', async () => {
    const { save, calls } = controlledSave();
    renderWithProviders(<Editor save={save} />, { locale: 'en' });
    type('x');
    fireEvent.blur(screen.getByLabelText('Testo'));
    await act(async () => calls[0]!.reject(new Error('offline')));
    expect(screen.getByRole('status')).toHaveTextContent('Not saved: The server cannot be reached');
    type('xy');
    act(() => jest.advanceTimersByTime(1500));
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('stops on an edit conflict instead of saving over the newer version', async () => {
    const { save, calls } = controlledSave();
    renderWithProviders(<Editor save={save} />, { locale: 'en' });
    type('mine');
    fireEvent.blur(screen.getByLabelText('Testo'));
    await act(async () => calls[0]!.reject(graphQLError('SUBMISSION_EDIT_CONFLICT')));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not saved: someone saved a newer version.',
    );
    type('more');
    act(() => jest.advanceTimersByTime(5000));
    fireEvent.blur(screen.getByLabelText('Testo'));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
