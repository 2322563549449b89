import { startTestApp, type TestApp } from './harness/app';
import {
  addMember,
  createOrganisation,
  outcome,
  registerPerson,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

const MY_ORGANISATIONS = `query { myOrganisations { id displayName myRole } }`;

describe('myOrganisations: where the caller belongs (the web offers them to post a challenge)', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let anna: Person;
  let bruno: Person;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url, LOGIN_MAX_FAILURES_PER_IP: '10000' });
    anna = await registerPerson(api, smtp, 'anna@polimi.it', { fullName: 'Anna Bianchi' });
    bruno = await registerPerson(api, smtp, 'bruno@unibg.it', { fullName: 'Bruno Conti' });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('lists the caller’s organisations by name with their role, and nobody else’s', async () => {
    const zeta = await createOrganisation(anna, { displayName: 'Zeta Robotica' });
    const alfa = await createOrganisation(bruno, { displayName: 'Alfa Sensori' });
    await createOrganisation(bruno, { displayName: 'Beta Materiali' });
    await addMember(api, alfa, anna.id, 'member');

    const { body } = await anna.client.graphql<{
      myOrganisations: { id: string; displayName: string; myRole: string }[];
    }>(MY_ORGANISATIONS);
    expect(body.errors).toBeUndefined();
    expect(body.data!.myOrganisations).toEqual([
      { id: alfa, displayName: 'Alfa Sensori', myRole: 'MEMBER' },
      { id: zeta, displayName: 'Zeta Robotica', myRole: 'OWNER' },
    ]);
  });

  it('is private: an anonymous caller must sign in', async () => {
    expect(outcome((await api.client().graphql(MY_ORGANISATIONS)).body)).toBe('UNAUTHENTICATED');
  });
});
