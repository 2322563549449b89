import { QUESTION_MAX_LENGTH } from '@oip/domain';
import { Client } from 'pg';
import { DomainEvents, type DomainEventMap } from '../src/common/events/domain-events';
import { startTestApp, type TestApp, type TestClient } from './harness/app';
import { createChallengeViaApi, forceStatus } from './harness/challenges';
import {
  addMember,
  createOrganisation,
  outcome,
  registerPerson,
  setPlatformRole,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

const QUESTION_FIELDS = `id text textHtml answer answerHtml hidden askedByViewer answeredAt
  asker { id } viewerCan { answer hide }`;
const PAGE = `query Questions($challengeId: ID!, $first: Int, $after: String) {
  challengeQuestions(challengeId: $challengeId, first: $first, after: $after) {
    nodes { ${QUESTION_FIELDS} } pageInfo { endCursor hasNextPage } viewerCanAsk viewerCanAnswer
  }
}`;
const ASK = `mutation Ask($challengeId: ID!, $text: String!) {
  askChallengeQuestion(challengeId: $challengeId, text: $text) { ${QUESTION_FIELDS} }
}`;
const ANSWER = `mutation Answer($id: ID!, $answer: String!) {
  answerChallengeQuestion(id: $id, answer: $answer) { ${QUESTION_FIELDS} }
}`;
const HIDE = `mutation Hide($id: ID!, $hidden: Boolean!) {
  hideChallengeQuestion(id: $id, hidden: $hidden) { id hidden }
}`;

interface Question {
  id: string;
  text: string;
  textHtml: string;
  answer: string | null;
  hidden: boolean;
  askedByViewer: boolean;
  asker: { id: string } | null;
  viewerCan: { answer: boolean; hide: boolean };
}
interface Page {
  challengeQuestions: {
    nodes: Question[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    viewerCanAsk: boolean;
    viewerCanAnswer: boolean;
  };
}

describe('challenge questions and answers', () => {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let owner: Person;
  let ownerAdmin: Person;
  let ownerMember: Person;
  let asker: Person;
  let other: Person;
  let moderator: Person;
  let organisationId: string;
  let challengeId: string;
  const events: DomainEventMap['challenge.question.answered'][] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    owner = await registerPerson(api, smtp, 'owner@qa.test');
    organisationId = await createOrganisation(owner);
    ownerAdmin = await registerPerson(api, smtp, 'admin@qa.test');
    await addMember(api, organisationId, ownerAdmin.id, 'admin');
    ownerMember = await registerPerson(api, smtp, 'member@qa.test');
    await addMember(api, organisationId, ownerMember.id, 'member');
    asker = await registerPerson(api, smtp, 'asker@qa.test');
    other = await registerPerson(api, smtp, 'other@qa.test');
    moderator = await registerPerson(api, smtp, 'moderator@qa.test');
    await setPlatformRole(api, moderator.id, 'moderator');
    challengeId = (await createChallengeViaApi(owner, organisationId)).id;
    await forceStatus(api, challengeId, 'published');
    api.app.get(DomainEvents).on('challenge.question.answered', (event) => {
      events.push(event);
    });
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  const page = async (client: TestClient, id = challengeId, first = 20, after?: string) => {
    const { body } = await client.graphql<Page>(PAGE, { challengeId: id, first, after });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.challengeQuestions;
  };
  const texts = async (client: TestClient) => (await page(client)).nodes.map((q) => q.text);
  const ask = async (who: Person, text: string, id = challengeId) => {
    const { body } = await who.client.graphql<{ askChallengeQuestion: Question }>(ASK, {
      challengeId: id,
      text,
    });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.askChallengeQuestion;
  };
  const answer = (who: Person, id: string, text: string) =>
    who.client.graphql<{ answerChallengeQuestion: Question }>(ANSWER, { id, answer: text });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('shows unanswered questions to the asker, the owner side and moderators only; answered ones to everyone', async () => {
    const pending = await ask(asker, 'Is a **pilot** in Bergamo possible?');
    expect(pending).toMatchObject({
      askedByViewer: true,
      answer: null,
      asker: { id: asker.id },
      viewerCan: { answer: false, hide: false },
    });
    expect(pending.textHtml).toContain('<strong>pilot</strong>');

    const question = 'Is a **pilot** in Bergamo possible?';
    const viewers: Record<string, TestClient> = {
      anonymous: api.client(),
      asker: asker.client,
      other: other.client,
      ownerMember: ownerMember.client,
      owner: owner.client,
      ownerAdmin: ownerAdmin.client,
      moderator: moderator.client,
    };
    const seesPending: Record<string, boolean> = {};
    for (const [name, client] of Object.entries(viewers))
      seesPending[name] = (await texts(client)).includes(question);
    expect(seesPending).toEqual({
      anonymous: false,
      asker: true,
      other: false,
      ownerMember: false,
      owner: true,
      ownerAdmin: true,
      moderator: true,
    });

    expect(outcome((await answer(ownerAdmin, pending.id, 'Yes, at our plant.')).body)).toBe('OK');
    const seesAnswered: Record<string, unknown> = {};
    for (const [name, client] of Object.entries(viewers)) {
      const found = (await page(client)).nodes.find((q) => q.id === pending.id);
      // the asker is named to the asker, the owner side and moderators only
      seesAnswered[name] = found && { answer: found.answer, asker: found.asker?.id ?? null };
    }
    const named = { answer: 'Yes, at our plant.', asker: asker.id };
    const anonymous = { answer: 'Yes, at our plant.', asker: null };
    expect(seesAnswered).toEqual({
      anonymous,
      asker: named,
      other: anonymous,
      ownerMember: anonymous,
      owner: named,
      ownerAdmin: named,
      moderator: named,
    });
  });

  it('lets only the owner side answer: others get FORBIDDEN, or NOT_FOUND for a question they cannot see', async () => {
    const question = await ask(asker, 'Which data formats?');
    expect(outcome((await answer(asker, question.id, 'I answer myself')).body)).toBe('FORBIDDEN');
    expect(outcome((await answer(moderator, question.id, 'Staff answer')).body)).toBe('FORBIDDEN');
    expect(outcome((await answer(ownerMember, question.id, 'Member')).body)).toBe('NOT_FOUND');
    expect(outcome((await answer(other, question.id, 'Stranger')).body)).toBe('NOT_FOUND');
    const anonymous = await api.graphql(ANSWER, { variables: { id: question.id, answer: 'x' } });
    expect(outcome(anonymous.body)).toBe('UNAUTHENTICATED');
    expect(outcome((await answer(owner, 'not-a-uuid', 'x')).body)).toBe('NOT_FOUND');

    const { body } = await answer(owner, question.id, 'CSV and Parquet.');
    expect(body.data?.answerChallengeQuestion).toMatchObject({
      answer: 'CSV and Parquet.',
      viewerCan: { answer: true, hide: false },
    });
  });

  it('emits challenge.question.answered once, after the commit, and not again when the answer is edited', async () => {
    const question = await ask(asker, 'What budget?');
    events.length = 0;
    // the listener checks, over its own connection, that the answer is already committed
    const committed: boolean[] = [];
    const off = api.app.get(DomainEvents).on('challenge.question.answered', async (event) => {
      const client = new Client({ connectionString: api.db.url });
      await client.connect();
      const { rows } = await client.query('SELECT answer FROM challenge_question WHERE id = $1', [
        event.questionId,
      ]);
      // the edit below may already have landed too: either text proves the answer was committed
      committed.push(['Up to 50k EUR.', 'Up to 60k EUR.'].includes(rows[0]?.answer));
      await client.end();
    });
    try {
      expect(outcome((await answer(owner, question.id, 'Up to 50k EUR.')).body)).toBe('OK');
      expect(outcome((await answer(ownerAdmin, question.id, 'Up to 60k EUR.')).body)).toBe('OK');
      await flush();
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      off();
    }
    expect(events).toEqual([{ challengeId, questionId: question.id, askerId: asker.id }]);
    expect(committed).toEqual([true]);

    // a refused answer emits nothing
    const refused = await ask(asker, 'Another one?');
    await answer(asker, refused.id, 'nope');
    await answer(owner, refused.id, '   ');
    await flush();
    expect(events).toHaveLength(1);
  });

  it('validates the text: required, at most 2000 characters', async () => {
    const send = (text: string) => asker.client.graphql(ASK, { challengeId, text });
    const empty = await send('   ');
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { text: 'QUESTION_TEXT_REQUIRED' },
    });
    const long = await send('x'.repeat(QUESTION_MAX_LENGTH + 1));
    expect(long.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { text: 'TEXT_TOO_LONG' },
    });
    expect(outcome((await send('x'.repeat(QUESTION_MAX_LENGTH))).body)).toBe('OK');
    // markdown is served sanitised
    const script = await ask(asker, '<script>alert(1)</script> [x](javascript:alert(1))');
    expect(script.textHtml).not.toContain('<script');
    expect(script.textHtml).not.toContain('href="javascript:');
    const question = await ask(asker, 'Empty answer?');
    const blank = await answer(owner, question.id, ' ');
    expect(blank.body.errors?.[0]?.extensions).toMatchObject({
      fields: { answer: 'ANSWER_TEXT_REQUIRED' },
    });
  });

  it('refuses questions on a challenge that is not published, and NOT_FOUND when not visible', async () => {
    const draft = await createChallengeViaApi(owner, organisationId);
    const send = (who: Person, id: string) =>
      who.client.graphql(ASK, { challengeId: id, text: 'Hello?' });
    expect(outcome((await send(asker, draft.id)).body)).toBe('NOT_FOUND');
    const ownDraft = await send(owner, draft.id);
    expect(ownDraft.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CHALLENGE_NOT_OPEN_FOR_QUESTIONS',
      status: 'draft',
    });
    expect(outcome((await api.graphql(PAGE, { variables: { challengeId: draft.id } })).body)).toBe(
      'NOT_FOUND',
    );
    await forceStatus(api, draft.id, 'closed');
    expect(outcome((await send(asker, draft.id)).body)).toBe('CHALLENGE_NOT_OPEN_FOR_QUESTIONS');
    expect(outcome((await api.graphql(ASK, { variables: { challengeId, text: 'x' } })).body)).toBe(
      'UNAUTHENTICATED',
    );
    // an unverified person reads but cannot ask
    const unverified = await registerPerson(api, smtp, 'unverified@qa.test', { verified: false });
    expect((await page(unverified.client)).viewerCanAsk).toBe(false);
    expect(outcome((await send(unverified, challengeId)).body)).toBe('EMAIL_NOT_VERIFIED');
    expect((await page(asker.client)).viewerCanAsk).toBe(true);
    expect((await page(asker.client, draft.id)).viewerCanAsk).toBe(false);
  });

  it('lets moderators hide an abusive question from everyone else, and only moderators', async () => {
    const abusive = await ask(other, 'Abusive text');
    await answer(owner, abusive.id, 'Answered anyway');
    const hide = (who: Person, hidden: boolean) =>
      who.client.graphql(HIDE, { id: abusive.id, hidden });
    expect(outcome((await hide(owner, true)).body)).toBe('FORBIDDEN');
    expect(outcome((await hide(other, true)).body)).toBe('FORBIDDEN');
    expect((await hide(moderator, true)).body.data).toEqual({
      hideChallengeQuestion: { id: abusive.id, hidden: true },
    });
    for (const client of [api.client(), other.client, owner.client, asker.client])
      expect(await texts(client)).not.toContain('Abusive text');
    expect(await texts(moderator.client)).toContain('Abusive text');
    expect(outcome((await answer(owner, abusive.id, 'edit')).body)).toBe('NOT_FOUND');
    await hide(moderator, false);
    expect(await texts(api.client())).toContain('Abusive text');
  });

  it('pages newest first with a cursor, and caps the page size', async () => {
    const fresh = (await createChallengeViaApi(owner, organisationId)).id;
    await forceStatus(api, fresh, 'published');
    for (const n of [1, 2, 3, 4, 5]) await ask(asker, `Question ${n}`, fresh);
    const first = await page(asker.client, fresh, 2);
    expect(first.nodes.map((q) => q.text)).toEqual(['Question 5', 'Question 4']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(asker.client, fresh, 2, first.pageInfo.endCursor!);
    expect(second.nodes.map((q) => q.text)).toEqual(['Question 3', 'Question 2']);
    const third = await page(asker.client, fresh, 2, second.pageInfo.endCursor!);
    expect(third.nodes.map((q) => q.text)).toEqual(['Question 1']);
    expect(third.pageInfo.hasNextPage).toBe(false);
    const tooMany = await asker.client.graphql(PAGE, { challengeId: fresh, first: 51 });
    expect(outcome(tooMany.body)).toBe('BAD_USER_INPUT');
    const badCursor = await asker.client.graphql(PAGE, { challengeId: fresh, after: 'garbage' });
    expect(outcome(badCursor.body)).toBe('BAD_USER_INPUT');
  });
});
