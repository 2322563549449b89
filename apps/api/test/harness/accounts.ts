import { DataSource } from 'typeorm';
import type { TestApp, TestClient } from './app';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface SignedUp {
  id: string;
  client: TestClient;
}

/**
 * Registers an account through the API and signs it in (sign-in does not wait for the email
 * to be verified). `verified` marks the address as confirmed, as following the mailed link
 * would (organisations need it), without going through the mail.
 */
export async function signUp(
  api: TestApp,
  email: string,
  fullName: string,
  options: { verified?: boolean } = {},
): Promise<SignedUp> {
  const client = api.client();
  const registered = await client.graphql(
    `mutation R($input: RegisterInput!) { register(input: $input) }`,
    {
      input: { email, fullName, password: TEST_PASSWORD, acceptTerms: true, acceptPrivacy: true },
    },
  );
  if (registered.body.errors) throw new Error(JSON.stringify(registered.body.errors));
  const signedIn = await client.graphql<{ signIn: { id: string } }>(
    `mutation S($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }`,
    { email, password: TEST_PASSWORD },
  );
  const id = signedIn.body.data?.signIn.id;
  if (!id) throw new Error(JSON.stringify(signedIn.body.errors));
  if (options.verified) {
    await api.app
      .get(DataSource)
      .query(`UPDATE user_account SET email_verified_at = now() WHERE id = $1`, [id]);
  }
  return { id, client };
}
