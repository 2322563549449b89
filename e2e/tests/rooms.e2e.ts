import type { Page } from 'playwright-core';
import { baseUrl, seriousA11yViolations } from '../harness/browser';
import { browserForPeople } from '../harness/people';
import { press, typeIn } from '../harness/keyboard';

/** The active partnership's private room: Meccanica Brianzola (pmi@) ↔ the robotics lab (ricerca@). */
const PARTNERSHIP_ROOM = '7b000000-0000-4000-8000-000000000002';
/** The demo event room (Open Innovation Day 2026), moderated by moderatore@ (platform staff). */
const EVENT_ROOM = '7c000000-0000-4000-8000-000000000004';
/** A community room (Scienze della vita) no other browser test writes in. */
const COMMUNITY_ROOM = '7c000000-0000-4000-8000-000000000003';
/** Meccanica Brianzola's published public challenge (pmi@ is its organisation's owner). */
const CHALLENGE = '0c000000-0000-4000-8000-000000000001';

jest.setTimeout(120_000);

describe('rooms in the browser', () => {
  const { person } = browserForPeople();
  const messages = (page: Page) => page.getByRole('region', { name: 'Messaggi' });
  const send = async (page: Page, text: string) => {
    await typeIn(page, page.getByRole('combobox', { name: 'Messaggio', exact: true }), text);
    await page.keyboard.press('Enter');
  };

  it('lists the rooms with unread counts, and every rooms page passes axe', async () => {
    const { page } = await person('pmi@demo.oip.it');
    await page.goto(`${baseUrl()}/rooms`);
    await page.getByRole('heading', { level: 1, name: 'Stanze' }).waitFor();
    const mine = page.getByRole('region', { name: 'Le tue stanze' });
    await mine.getByRole('link', { name: 'Manifattura 4.0 in Lombardia' }).waitFor();
    await mine.getByText('3 da leggere').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await press(page, mine.getByRole('link', { name: 'Manifattura 4.0 in Lombardia' }));
    await messages(page).getByText('Benvenuti nella stanza dedicata alla').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('two people chat in their partnership room; one goes offline and back, losing nothing', async () => {
    const sme = await person('pmi@demo.oip.it');
    const lab = await person('ricerca@demo.oip.it');
    for (const { page } of [sme, lab]) {
      await page.goto(`${baseUrl()}/rooms/${PARTNERSHIP_ROOM}`);
      await messages(page).getByText('riconosciamo il').waitFor();
    }
    await lab.page.getByText(/Presenti ora.*Laura Colombo/).waitFor();

    // live, both ways, announced politely to screen readers
    const hello = `Ciao Marco, domani alle 10 va bene? ${Date.now()}`;
    await send(sme.page, hello);
    await messages(lab.page).getByText(hello).waitFor();
    await lab.page
      .locator('[aria-live="polite"]', { hasText: `Nuovo messaggio da Laura Colombo: ${hello}` })
      .waitFor();

    // a file through the files endpoint, sent with a message
    await sme.page.getByLabel('Allega file', { exact: false }).setInputFiles({
      name: 'scheda-prova.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await sme.page
      .getByRole('list', { name: 'File da inviare' })
      .getByText('scheda-prova.pdf')
      .waitFor();
    const withFile = `La scheda della prova ${Date.now()}`;
    await send(sme.page, withFile);
    const fileLink = messages(lab.page).getByRole('link', { name: 'scheda-prova.pdf' });
    await fileLink.waitFor();
    const download = await lab.context.request.get(
      `${baseUrl()}${await fileLink.getAttribute('href')}`,
    );
    expect(download.status()).toBe(200);

    // the lab goes offline: a banner says so, its own message waits
    await lab.context.setOffline(true);
    await lab.page.getByText('Sei offline.', { exact: false }).waitFor();
    const whileAway = [
      `Portiamo 20 pezzi ${Date.now()}`,
      `E il responsabile qualità ${Date.now()}`,
    ];
    for (const text of whileAway) {
      await send(sme.page, text);
      await messages(sme.page).getByText(text).waitFor();
    }
    const fromLab = `Perfetto, vi aspettiamo ${Date.now()}`;
    await send(lab.page, fromLab);
    await lab.page.getByText('In attesa della connessione', { exact: false }).waitFor();

    // back online: it catches up with what it missed, and its message goes out once
    await lab.context.setOffline(false);
    for (const text of whileAway) await messages(lab.page).getByText(text).waitFor();
    await messages(sme.page).getByText(fromLab).waitFor();
    await messages(lab.page).getByText(fromLab).waitFor();
    expect(await messages(sme.page).getByText(fromLab).count()).toBe(1);
    expect(await messages(lab.page).getByText(whileAway[0]!).count()).toBe(1);
    const order = await messages(lab.page)
      .locator('li.message')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-seq'))));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });

  it('a moderator searches the room, sets slow mode, adds and mutes attendees, by keyboard', async () => {
    const { page } = await person('moderatore@demo.oip.it');
    await page.goto(`${baseUrl()}/rooms/${EVENT_ROOM}`);
    await messages(page).getByText('Il programma definitivo').waitFor();

    // search: Italian words, most recent first
    await typeIn(page, page.getByLabel('Cerca nei messaggi della stanza'), 'programmi');
    await page.keyboard.press('Enter');
    await page.getByText('1 messaggio trovato per «programmi»', { exact: false }).waitFor();
    const found = page.getByRole('list', { name: 'Messaggi trovati' });
    await found.getByText('Il programma definitivo', { exact: false }).waitFor();
    await press(page, page.getByRole('button', { name: 'Cancella la ricerca' }));
    await found.waitFor({ state: 'detached' });

    // the moderation panel opens from the keyboard and passes axe
    await press(page, page.getByText('Moderazione della stanza'));
    await page.getByText('Nessuna segnalazione aperta.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // slow mode on, shown in the header, then off again
    const slowMode = page.getByLabel('Modalità lenta');
    await slowMode.focus();
    await slowMode.selectOption('10');
    await press(page, page.getByRole('button', { name: 'Salva' }));
    await page.getByText('modalità lenta: un messaggio ogni 10 s').waitFor();
    await slowMode.selectOption('0');
    await press(page, page.getByRole('button', { name: 'Salva' }));
    await page.getByText('modalità lenta: un messaggio ogni 10 s').waitFor({ state: 'detached' });

    // an attendee found in the directory joins the room, then is muted for a while
    await typeIn(page, page.getByLabel('Cerca una persona per nome'), 'Giovanni Bruno');
    await page.keyboard.press('Enter');
    await press(page, page.getByRole('button', { name: 'Aggiungi Giovanni Bruno' }));
    await page.getByText('Giovanni Bruno è stato aggiunto alla stanza.').waitFor();
    await press(page, page.getByRole('button', { name: 'Silenzia Giovanni Bruno' }));
    await page.getByText('Giovanni Bruno non può scrivere per 15 minuti.').waitFor();
    await press(page, page.getByRole('button', { name: 'Togli il silenzio a Giovanni Bruno' }));
    await page.getByText('Giovanni Bruno può scrivere di nuovo.').waitFor();

    // a ban asks first; Escape leaves everything as it was
    await press(page, page.getByRole('button', { name: 'Escludi Giovanni Bruno' }));
    const dialog = page.getByRole('dialog', { name: 'Escludere Giovanni Bruno dalla stanza?' });
    await dialog.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Escludi Giovanni Bruno' }).waitFor();
  });

  it('a challenge’s owner opens its Q&A room from the challenge page; others find it there', async () => {
    const owner = await person('pmi@demo.oip.it');
    await owner.page.goto(`${baseUrl()}/challenges/${CHALLENGE}`);
    await press(
      owner.page,
      owner.page.getByRole('button', { name: 'Apri la stanza di domande e risposte' }),
    );
    await owner.page.waitForURL(/\/rooms\/[0-9a-f-]{36}$/);
    await owner.page.getByText('Domande e risposte della sfida').waitFor();
    const roomUrl = owner.page.url();

    const visitor = await person('startup@demo.oip.it');
    await visitor.page.goto(`${baseUrl()}/challenges/${CHALLENGE}`);
    await press(
      visitor.page,
      visitor.page.getByRole('link', { name: 'Domande e risposte in diretta' }),
    );
    await visitor.page.waitForURL(roomUrl);
    const question = `Il pilota prevede anche presse idrauliche? ${Date.now()}`;
    await send(visitor.page, question);
    await messages(owner.page).getByText(question).waitFor();
  });

  it('shows messages that arrive together (a busy room) in order, each once', async () => {
    // the e2e server coalesces from two connections with a 1 s window (harness/global-setup.ts)
    const writer = await person('pmi@demo.oip.it');
    const reader = await person('ricerca@demo.oip.it');
    for (const { page } of [writer, reader]) {
      await page.goto(`${baseUrl()}/rooms/${COMMUNITY_ROOM}`);
      await page.getByRole('heading', { level: 1, name: 'Scienze della vita' }).waitFor();
    }
    await reader.page.getByText(/Presenti ora.*Laura Colombo/).waitFor();
    const stamp = Date.now();
    const burst = [1, 2, 3].map((n) => `Raffica ${n} ${stamp}`);
    for (const text of burst) await send(writer.page, text);
    for (const text of burst) await messages(reader.page).getByText(text).waitFor();
    const seqs = await messages(reader.page)
      .locator('li.message', { hasText: String(stamp) })
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-seq'))));
    expect(seqs).toHaveLength(3);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    // the writer's page stores its own message on the server's answer, which it may read later
    await messages(writer.page).getByText(burst[2]!).waitFor();
    expect(await messages(writer.page).getByText(burst[2]!).count()).toBe(1);
  });
});
