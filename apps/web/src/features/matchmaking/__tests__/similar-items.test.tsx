import type { MockLink } from '@apollo/client/testing';
import { SimilarItemsDocument, type MatchFieldsFragment } from '@oip/graphql';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/render';
import { SimilarItemsPanel } from '../components/SimilarItemsPanel';
import { similarityKey } from '../lib/similar-draft';

const vision: MatchFieldsFragment = {
  __typename: 'Match',
  targetId: 'offer-1',
  targetType: 'OFFER',
  titleIt: 'Visione artificiale per il controllo qualità',
  titleEn: 'Machine vision for quality control',
  organisationId: 'org-1',
  organisationName: 'Laboratorio Visione',
  score: 2.4,
  reasons: {
    __typename: 'MatchReasons',
    it: ['Testo affine', '1 tag in comune: robotica'],
    en: ['Similar wording', '1 shared tag: robotics'],
  },
};

/** The one request the panel may send for "Visione artificiale" + robotica; a second one fails. */
const similarMock = (items: MatchFieldsFragment[]): MockLink.MockedResponse => ({
  request: {
    query: SimilarItemsDocument,
    variables: {
      input: {
        kind: 'OFFER',
        text: 'artificiale visione',
        tags: ['robotica'],
        excludeId: null,
        organisationId: null,
      },
      first: 5,
    },
  },
  result: { data: { __typename: 'Query', similarItems: items } },
});

const panel = (text: string, tags: string[] = ['robotica']) => (
  <SimilarItemsPanel kind="OFFER" draft={{ text, tags }} />
);

/** An editor's title field feeding the panel, as the real editors do. */
function Draft({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  return (
    <>
      <label>
        Titolo <input value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {panel(text)}
    </>
  );
}

describe('SimilarItemsPanel', () => {
  it('asks nothing for a too short draft', async () => {
    renderWithProviders(panel('ab', []), { mocks: [] });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Scrivi un titolo o qualche parola chiave per vedere gli elementi simili.',
    );
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(screen.getByRole('status')).not.toHaveTextContent('Non è stato possibile');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('lists similar items after a pause, each opening in a new tab, and announces the count', async () => {
    renderWithProviders(panel('Visione artificiale'), { mocks: [similarMock([vision])] });
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Ricerca di elementi simili…');
    const link = await screen.findByRole(
      'link',
      { name: 'Visione artificiale per il controllo qualità (si apre in una nuova scheda)' },
      { timeout: 2000 },
    );
    expect(link).toHaveAttribute('href', '/offers/offer-1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText(/Laboratorio Visione/)).toBeInTheDocument();
    expect(screen.getByText(/Testo affine · 1 tag in comune: robotica/)).toBeInTheDocument();
    expect(status).toHaveTextContent('1 elemento simile');
  });

  it('says when nothing is similar (English)', async () => {
    renderWithProviders(panel('Visione artificiale'), {
      mocks: [similarMock([])],
      locale: 'en',
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No similar items'), {
      timeout: 2000,
    });
  });

  it('does not ask again when only spacing, case or word order change', async () => {
    renderWithProviders(<Draft initial="Visione artificiale" />, {
      mocks: [similarMock([vision])],
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 elemento simile'), {
      timeout: 2000,
    });
    fireEvent.change(screen.getByLabelText('Titolo'), {
      target: { value: '  artificiale,   VISIONE ' },
    });
    expect(screen.getByRole('status')).toHaveTextContent('1 elemento simile');
    await new Promise((resolve) => setTimeout(resolve, 700));
    // a second request would find no mock and show the error
    expect(screen.getByRole('status')).toHaveTextContent('1 elemento simile');
  });
});

describe('similarityKey', () => {
  it('keeps words and tags, not spacing, case, punctuation or order; null when too short', () => {
    expect(similarityKey({ text: 'Visione, artificiale!', tags: ['Robotica '] })).toBe(
      similarityKey({ text: 'artificiale visione', tags: ['robotica'] }),
    );
    expect(similarityKey({ text: 'Visione 3D', tags: [] })).not.toBe(
      similarityKey({ text: 'Visione', tags: [] }),
    );
    expect(similarityKey({ text: ' ab ', tags: [] })).toBeNull();
    expect(similarityKey({ text: '', tags: ['iot'] })).not.toBeNull();
  });
});
