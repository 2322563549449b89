import type { MockLink } from '@apollo/client/testing';
import { PartnershipDocument } from '@oip/graphql';
import { screen } from '@testing-library/react';
import { renderRoute } from '../../../test/render';
import { LAB, me, partnership, SME } from './fixtures';

const detailMock = (answer: ReturnType<typeof partnership> | null): MockLink.MockedResponse => ({
  request: { query: PartnershipDocument, variables: { id: 'p-1' } },
  result: { data: { __typename: 'Query', partnership: answer } },
});

/** The page of p-1, in English, as the API answers it with these fields. */
const renderDetail = (fields: Parameters<typeof partnership>[0]) =>
  renderRoute('/partnerships/p-1', {
    me,
    locale: 'en',
    mocks: [
      detailMock(
        partnership({ roomId: 'room-42', decidedAt: '2026-11-21T09:30:00.000Z', ...fields }),
      ),
    ],
  });

describe('the partnership page', () => {
  it('shows both organisations, the messages and the private room of an active one', async () => {
    renderDetail({ status: 'ACTIVE', viewerCanConclude: true });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Partnership: Visual inspection of turned parts',
      }),
    ).toBeVisible();
    expect(document.title).toBe(
      'Partnership: Visual inspection of turned parts · Open Innovation Lombardy',
    );
    expect(screen.getByRole('link', { name: SME.displayName })).toHaveAttribute(
      'href',
      `/organisations/${SME.id}`,
    );
    expect(screen.getByRole('link', { name: LAB.displayName })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the room' })).toHaveAttribute(
      'href',
      '/rooms/room-42',
    );
    expect(screen.getByText('Vorremmo provarla sulla nostra linea.')).toBeVisible();
    expect(screen.getByRole('button', { name: /Conclude/ })).toBeVisible();
    expect(screen.getByText('Active')).toBeVisible();
  });

  it('keeps the private room of a concluded one: the partners’ history', async () => {
    renderDetail({ status: 'CONCLUDED', concludedAt: '2026-11-28T09:30:00.000Z' });
    expect(await screen.findByText('Concluded')).toBeVisible();
    expect(screen.getByText('Accepted on')).toBeVisible(); // the decision said, not "Decided"
    expect(screen.getByText('Concluded on')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the room' })).toHaveAttribute(
      'href',
      '/rooms/room-42',
    );
    expect(screen.queryByRole('button', { name: /Conclude/ })).not.toBeInTheDocument();
  });

  it('is the 404 page for people of neither organisation', async () => {
    renderRoute('/partnerships/p-1', { me, mocks: [detailMock(null)] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina non trovata' }),
    ).toBeVisible();
  });
});
