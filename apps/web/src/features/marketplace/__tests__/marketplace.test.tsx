import type { MockLink } from '@apollo/client/testing';
import { CreateTechnologyOfferDocument, OrganisationMembersDocument } from '@oip/graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { noSimilarItemsMock, taxonomiesData, taxonomiesMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { MarketplaceActions } from '../components/MarketplaceActions';
import { MarketplaceEditor } from '../components/MarketplaceEditor';
import { MarketplaceFilters } from '../components/MarketplaceFilters';
import { listParamsToSearch, listVariables, parseListParams } from '../lib/list-params';
import { emptyValues, localErrors, toOfferInput } from '../lib/marketplace-form';

const ORGANISATION_ID = '0d000000-0000-4000-8000-000000000004';

describe('marketplace list parameters', () => {
  it('keep search and filters in the URL and turn them into the API filter', () => {
    const params = parseListParams(
      new URLSearchParams(
        'q=visione&ecosystem=advanced_manufacturing&tags=iot,%20robot&trlMin=4&trlMax=12&ip=know_how&partnership=pilot&seeks=research_centre&ateco=J&budget=over_1m',
      ),
    );
    expect(params).toEqual({
      search: 'visione',
      ecosystem: 'advanced_manufacturing',
      tags: ['iot', 'robot'],
      trlMin: '4',
      trlMax: '', // not a TRL: ignored
      ipStatus: 'know_how',
      partnership: 'pilot',
      partnerKind: 'research_centre',
      ateco: 'J',
      budget: 'over_1m',
      organisation: '',
      status: '',
    });
    expect(parseListParams(listParamsToSearch(params))).toEqual(params);
    expect(listVariables('offer', params, 12)).toEqual({
      search: 'visione',
      first: 12,
      filter: {
        s3Ecosystems: ['advanced_manufacturing'],
        tags: ['iot', 'robot'],
        trlMin: 4,
        ipStatuses: ['know_how'],
        partnershipTypes: ['pilot'],
        atecoSections: ['J'],
      },
    });
    // requests have no IP status; offers seek no partner kind and name no budget
    const request = listVariables('request', params, 12).filter;
    expect(request).not.toHaveProperty('ipStatuses');
    expect(request.partnerKinds).toEqual(['research_centre']);
    expect(request.budgetBands).toEqual(['over_1m']);
  });

  it("ask for one organisation's items, in every status or in one", () => {
    const all = parseListParams(new URLSearchParams(`organisation=${ORGANISATION_ID}&status=all`));
    expect(listVariables('request', all, 12).filter).toEqual({
      organisationId: ORGANISATION_ID,
      statuses: ['DRAFT', 'PUBLISHED', 'EXPIRED', 'ARCHIVED'],
    });
    const drafts = parseListParams(
      new URLSearchParams(`organisation=${ORGANISATION_ID}&status=draft`),
    );
    expect(listVariables('offer', drafts, 12).filter).toEqual({
      organisationId: ORGANISATION_ID,
      statuses: ['DRAFT'],
    });
    expect(parseListParams(listParamsToSearch(drafts))).toEqual(drafts);
    // not an id, not a status: ignored (everyone's published items)
    const odd = parseListParams(new URLSearchParams('organisation=x&status=deleted'));
    expect(listVariables('offer', odd, 12).filter).toEqual({});
  });
});

describe('marketplace form checks', () => {
  it('want each language whole or empty: no title over the other language’s description', () => {
    const values = {
      ...emptyValues(),
      titleIt: '',
      descriptionIt: 'Riconosce i difetti.',
      titleEn: 'Machine vision',
      descriptionEn: 'Finds defects.',
      trl: '6',
    };
    expect(localErrors('offer', values)).toEqual({ titleIt: 'MARKETPLACE_LANGUAGE_HALF_WRITTEN' });
    expect(localErrors('offer', { ...values, descriptionIt: '' })).toEqual({});
    expect(localErrors('offer', { ...values, titleIt: 'Visione', descriptionIt: ' ' })).toEqual({
      descriptionIt: 'MARKETPLACE_LANGUAGE_HALF_WRITTEN',
    });
  });
});

describe('MarketplaceFilters', () => {
  it('says an inverted TRL range is wrong instead of searching for nothing', async () => {
    const onApply = jest.fn();
    renderWithProviders(
      <MarketplaceFilters
        kind="offer"
        value={parseListParams(new URLSearchParams())}
        onApply={onApply}
      />,
      { mocks: [taxonomiesMock()] },
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'TRL minimo' }), '7');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'TRL massimo' }), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Cerca' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/minimo non può superare/);
    expect(onApply).not.toHaveBeenCalled();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'TRL massimo' }), '8');
    await userEvent.click(screen.getByRole('button', { name: 'Cerca' }));
    expect(onApply).toHaveBeenCalledWith(expect.objectContaining({ trlMin: '7', trlMax: '8' }));
  });
});

describe('MarketplaceFilters from an old or mistyped address', () => {
  it('shows the applied code the taxonomy does not know, drops unknown fixed codes, says an inverted range', async () => {
    const params = parseListParams(
      new URLSearchParams('ecosystem=bogus&trlMin=7&trlMax=3&ip=nonsense&budget=lots'),
    );
    expect([params.ipStatus, params.budget]).toEqual(['', '']);
    const withEcosystems = {
      ...taxonomiesData,
      taxonomies: [
        ...taxonomiesData.taxonomies,
        {
          __typename: 'Taxonomy' as const,
          key: 'S3_ECOSYSTEM' as const,
          version: 1,
          name: { __typename: 'LocalizedText' as const, it: 'Ecosistema', en: 'Ecosystem' },
          terms: [
            {
              __typename: 'TaxonomyTerm' as const,
              id: 's3_ecosystem:nutrition',
              code: 'nutrition',
              position: 0,
              label: { __typename: 'LocalizedText' as const, it: 'Nutrizione', en: 'Nutrition' },
              description: null,
            },
          ],
        },
      ],
    };
    renderWithProviders(<MarketplaceFilters kind="offer" value={params} onApply={jest.fn()} />, {
      mocks: [taxonomiesMock({ result: { data: withEcosystems } })],
    });
    expect(screen.getByRole('alert')).toHaveTextContent(/minimo non può superare/);
    expect(
      await screen.findByRole('option', { name: '«bogus» (non più in elenco)', selected: true }),
    ).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Nutrizione' })).toBeInTheDocument();
  });
});

describe('MarketplaceActions', () => {
  const can = { edit: true, publish: false, renew: true, archive: true, delete: false };
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const renderActions = (status: string, expiresAt: string | null) =>
    renderWithProviders(
      <MemoryRouter>
        <MarketplaceActions
          kind="offer"
          item={{ id: 'o-1', status, expiresAt, owner: { id: ORGANISATION_ID }, viewerCan: can }}
          onChanged={() => undefined}
        />
      </MemoryRouter>,
    );

  it('offers renewal near the expiry or after it, not right after publishing', () => {
    const { unmount } = renderActions('PUBLISHED', inDays(300));
    expect(screen.queryByRole('button', { name: 'Rinnova' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archivia' })).toBeInTheDocument();
    unmount();
    const soon = renderActions('PUBLISHED', inDays(20));
    expect(screen.getByRole('button', { name: 'Rinnova' })).toBeInTheDocument();
    soon.unmount();
    renderActions('EXPIRED', inDays(-3));
    expect(screen.getByRole('button', { name: 'Rinnova' })).toBeInTheDocument();
  });
});

describe('MarketplaceEditor', () => {
  const typed = {
    ...emptyValues(),
    titleIt: 'Visione artificiale',
    descriptionIt: 'Riconosce i **difetti**.',
    trl: '6',
  };
  const refused: MockLink.MockedResponse = {
    request: {
      query: CreateTechnologyOfferDocument,
      variables: { organisationId: ORGANISATION_ID, input: toOfferInput(typed) },
    },
    result: {
      errors: [
        new GraphQLError('invalid', {
          extensions: { code: 'VALIDATION_FAILED', fields: { ipStatus: 'IP_STATUS_INVALID' } },
        }),
      ],
    },
  };

  const noMembers: MockLink.MockedResponse = {
    request: { query: OrganisationMembersDocument, variables: { id: ORGANISATION_ID } },
    result: {
      data: { organisation: { __typename: 'Organisation', id: ORGANISATION_ID, members: [] } },
    },
  };

  function renderEditor() {
    renderWithProviders(
      <MemoryRouter>
        <MarketplaceEditor kind="offer" organisationId={ORGANISATION_ID} />
      </MemoryRouter>,
      { mocks: [taxonomiesMock(), noSimilarItemsMock(), noMembers, refused] },
    );
  }

  it('shows the missing texts and TRL before asking the API', async () => {
    renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Crea la bozza' }));
    expect(
      await screen.findByText('Scrivi titolo e descrizione almeno in una lingua.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Scegli il livello di maturità tecnologica (TRL) dell’offerta.'),
    ).toBeInTheDocument();
  });

  it('previews the markdown live and shows the API’s per-field errors', async () => {
    renderEditor();
    await userEvent.type(screen.getByRole('textbox', { name: 'Titolo' }), typed.titleIt);
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Descrizione/ }),
      typed.descriptionIt,
    );
    expect(screen.getByText('difetti').tagName).toBe('STRONG');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Livello di maturità tecnologica (TRL)' }),
      '6',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Crea la bozza' }));
    expect(
      await screen.findByText('Scegli uno stato della proprietà intellettuale della lista.'),
    ).toBeInTheDocument();
  });
});
