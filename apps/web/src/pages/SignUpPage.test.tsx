import { RegisterDocument } from '@oip/graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../test/render';
import { safeReturnPath } from './SignInPage';

const input = {
  fullName: 'Giulia Rossi',
  email: 'giulia@polimi',
  password: 'short',
  acceptTerms: true,
  acceptPrivacy: false,
  locale: 'it',
};

describe('sign-up page', () => {
  it('shows the API’s field codes, translated, next to each field', async () => {
    const refusal = new GraphQLError('invalid', {
      extensions: {
        code: 'VALIDATION_FAILED',
        fields: {
          email: 'EMAIL_INVALID',
          password: 'PASSWORD_TOO_SHORT',
          acceptPrivacy: 'CONSENT_REQUIRED',
        },
      },
    });
    renderRoute('/sign-up', {
      mocks: [
        {
          request: { query: RegisterDocument, variables: { input } },
          result: { errors: [refusal] },
        },
      ],
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: /Nome e cognome/ }),
      input.fullName,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Email/ }), input.email);
    await userEvent.type(screen.getByLabelText(/^Password/), input.password);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Accetto i termini d’uso' }));
    await userEvent.click(screen.getByRole('button', { name: 'Crea l’account' }));

    const email = screen.getByRole('textbox', { name: /Email/ });
    expect(await screen.findByText('Inserisci un indirizzo email valido.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Inserisci un indirizzo email valido.');
    expect(screen.getByText('La password deve avere almeno 12 caratteri.')).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Ho letto l’informativa privacy' }),
    ).toHaveAccessibleDescription(
      'Per registrarti devi accettare i termini d’uso e l’informativa privacy.',
    );
  });

  it('asks to check the inbox once registered', async () => {
    const ok = {
      ...input,
      email: 'giulia@polimi.it',
      password: 'correct horse battery staple',
      acceptPrivacy: true,
    };
    renderRoute('/sign-up', {
      mocks: [
        {
          request: { query: RegisterDocument, variables: { input: ok } },
          result: { data: { register: true } },
        },
      ],
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: /Nome e cognome/ }),
      ok.fullName,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Email/ }), ok.email);
    await userEvent.type(screen.getByLabelText(/^Password/), ok.password);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Accetto i termini d’uso' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ho letto l’informativa privacy' }));
    await userEvent.click(screen.getByRole('button', { name: 'Crea l’account' }));
    expect(
      await screen.findByRole('heading', { name: 'Controlla la tua email' }),
    ).toBeInTheDocument();
  });
});

describe('safeReturnPath', () => {
  it.each([
    ['/organisations/new', '/organisations/new'],
    [null, '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
  ])('%j → %s', (value, expected) => expect(safeReturnPath(value)).toBe(expected));
});
