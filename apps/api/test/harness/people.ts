import type { OrganisationRole, PlatformRole } from '@oip/domain';
import { italianVatCheckDigit } from '@oip/domain';
import { DataSource } from 'typeorm';
import type { TestApp, TestClient } from './app';
import type { TestSmtpServer } from './smtp';

export const PASSWORD = 'correct horse battery staple';
const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) }`;
const VERIFY = `mutation Verify($token: String!) { verifyEmail(token: $token) { id } }`;
const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }`;

/** A person of the test: their id and a client signed in as them (cookie jar). */
export interface Person {
  id: string;
  email: string;
  fullName: string;
  client: TestClient;
}

/** The token of the `path` link in a mail text. */
export function linkToken(text: string, path: string): string {
  const match = text.match(new RegExp(`${path}\\?token=([\\w%-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return decodeURIComponent(match[1]);
}

/**
 * Registers a person over the API and follows the verification link of the real mail (as in
 * accounts.e2e.spec.ts); `verified: false` signs in with the password instead, mailbox unproven.
 * `locale` is the language the account keeps for its mails (Italian when left out).
 */
export async function registerPerson(
  api: TestApp,
  smtp: TestSmtpServer,
  email: string,
  {
    fullName = 'Giulia Rossi',
    verified = true,
    locale,
  }: { fullName?: string; verified?: boolean; locale?: 'it' | 'en' } = {},
): Promise<Person> {
  const client = api.client();
  const registered = await client.graphql(REGISTER, {
    input: { email, password: PASSWORD, fullName, acceptTerms: true, acceptPrivacy: true, locale },
  });
  if (registered.body.errors) throw new Error(JSON.stringify(registered.body.errors));
  const mail = await smtp.waitForMail(email);
  const { body } = verified
    ? await client.graphql<{ verifyEmail: { id: string } }>(VERIFY, {
        token: linkToken(mail.text, '/verify-email'),
      })
    : await client.graphql<{ signIn: { id: string } }>(SIGN_IN, { email, password: PASSWORD });
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  const data = body.data as { verifyEmail?: { id: string }; signIn?: { id: string } };
  const id = (data.verifyEmail ?? data.signIn)!.id;
  return { id, email, fullName, client };
}

export function dataSourceOf(api: TestApp): DataSource {
  return api.app.get(DataSource);
}

/** Sets a platform role in the database: a shortcut for tests whose subject is not setPlatformRole. */
export async function setPlatformRole(api: TestApp, userId: string, role: PlatformRole) {
  await dataSourceOf(api).query(`UPDATE user_account SET role = $1 WHERE id = $2`, [role, userId]);
}

/** No API adds members yet (invitations come later): tests insert memberships directly. */
export async function addMember(
  api: TestApp,
  organisationId: string,
  userId: string,
  role: OrganisationRole,
) {
  await dataSourceOf(api).query(
    `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, $3)`,
    [organisationId, userId, role],
  );
}

/** A valid partita IVA from any 10 digits (not starting with seven zeros). */
export function italianVat(firstTenDigits: string): string {
  return `${firstTenDigits}${italianVatCheckDigit(firstTenDigits)}`;
}

export const CREATE_ORGANISATION = `mutation Create($input: OrganisationInput!) {
  createOrganisation(input: $input) { id kind displayName vatNumber verified myRole parent { id } }
}`;

/** A valid OrganisationInput; override any field. */
export function organisationInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'sme',
    legalName: 'Meccanica Lombarda S.r.l.',
    displayName: 'Meccanica Lombarda',
    country: 'IT',
    province: 'BG',
    s3Ecosystems: ['advanced_manufacturing'],
    competences: ['machining', 'additive manufacturing'],
    trlMin: 4,
    trlMax: 7,
    descriptionIt: 'Lavorazioni meccaniche di precisione.',
    descriptionEn: 'Precision machining.',
    ...overrides,
  };
}

/** Creates an organisation as `person` (who becomes its owner); returns its id. */
export async function createOrganisation(
  person: Person,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const { body } = await person.client.graphql<{ createOrganisation: { id: string } }>(
    CREATE_ORGANISATION,
    { input: organisationInput(overrides) },
  );
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.createOrganisation.id;
}

/** The error code of the first error, or 'OK' when there is none. */
export function outcome(body: { errors?: { extensions?: Record<string, unknown> }[] }): string {
  return body.errors?.length ? String(body.errors[0]?.extensions?.code) : 'OK';
}
