// One worker thread's share of the benchmark's socket.io clients: connects them, records every
// `message:new` (latency from the sender's clock, same process clock: Date-based, sub-ms via
// performance.timeOrigin), sends at the asked pace, and reports lost / duplicated messages.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { io } from 'socket.io-client';
import { Histogram } from './histogram.mjs';
import { connectProtocolClient } from './protocol-client.mjs';

const now = () => performance.timeOrigin + performance.now();
const clients = [];
let recording = false;
const same = new Histogram();
const cross = new Histogram();

function connect(url, origin, token) {
  const socket = io(url, {
    transports: ['websocket'],
    extraHeaders: { cookie: `oip_session=${token}`, origin },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Each seq and body of a raw `message:new` or `messages:new` packet, without parsing the rest. */
function eachSeqAndBody(text, receive) {
  for (let at = text.indexOf('"seq":'); at !== -1; at = text.indexOf('"seq":', at + 6)) {
    const bodyAt = text.indexOf('"body":"', at) + 8;
    receive(
      parseInt(text.slice(at + 6, at + 18), 10),
      text.slice(bodyAt, text.indexOf('"', bodyAt)),
    );
  }
}

/** More messages than a run sends (60 s × 50/s = 3,000). */
const MAX_SEQ = 1 << 20;

const handlers = {
  async connect({ urls, origin, roomId, tokens, offset, senders, listenerClient }) {
    for (let i = 0; i < tokens.length; i += 10) {
      await Promise.all(
        tokens.slice(i, i + 10).map(async (token, j) => {
          const instance = (i + j + offset) % urls.length;
          // the first `senders` are socket.io-client; listeners too unless asked otherwise
          const lightweight = listenerClient === 'protocol' && i + j >= senders;
          const socket = await (lightweight ? connectProtocolClient : connect)(
            urls[instance],
            origin,
            token,
          );
          // counts per seq (no per-message objects: the listeners must not measure their own GC)
          const client = { socket, instance, seen: new Uint8Array(MAX_SEQ), canSend: !lightweight };
          const ack = await (lightweight ? socket : socket.timeout(10_000)).emitWithAck(
            'room:join',
            { roomId },
          );
          if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack.error)}`);
          const receive = (seq, body) => {
            if (!recording) return;
            const [kind, sentAt, from] = body.split(' ');
            if (kind !== 'bench') return;
            (Number(from) === instance ? same : cross).add(now() - Number(sentAt));
            client.seen[seq] += 1;
          };
          if (lightweight) socket.on('message:new:raw', (text) => eachSeqAndBody(text, receive));
          else {
            socket.on('message:new', (message) => receive(message.seq, message.body));
            socket.on('messages:new', (list) => list.forEach((m) => receive(m.seq, m.body)));
          }
          client.roomId = roomId;
          clients.push(client);
        }),
      );
    }
    return clients.length;
  },

  async record() {
    recording = true;
  },

  async delivered() {
    return same.count + cross.count;
  },

  async send({ senders, rate, seconds }) {
    const chosen = clients.filter((client) => client.canSend).slice(0, senders);
    const interval = 1000 / rate;
    const total = Math.round(rate * seconds);
    const start = now();
    const acks = [];
    let failed = 0;
    for (let n = 0; n < total; n += 1) {
      const due = start + n * interval;
      const wait = due - now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const sender = chosen[n % chosen.length];
      acks.push(
        sender.socket
          .timeout(10_000)
          .emitWithAck('message:send', {
            roomId: sender.roomId,
            body: `bench ${now()} ${sender.instance}`,
            idempotencyKey: `bench-${process.pid}-${n}-${Math.random().toString(36).slice(2)}`,
          })
          .then(
            (ack) => (ack.ok ? ack.message.seq : ((failed += 1), null)),
            () => ((failed += 1), null),
          ),
      );
    }
    const seqs = (await Promise.all(acks)).filter(Boolean);
    return { seqs, failed };
  },

  async report({ ackedSeqs }) {
    recording = false;
    let lost = 0;
    let duplicated = 0;
    for (const client of clients) {
      for (const seq of ackedSeqs) if (client.seen[seq] === 0) lost += 1;
      for (const times of client.seen) if (times > 1) duplicated += times - 1;
    }
    for (const client of clients) client.socket.close();
    return { same: same.counts, cross: cross.counts, lost, duplicated, receivers: clients.length };
  },
};

parentPort.on('message', async ({ id, type, ...data }) => {
  try {
    parentPort.postMessage({ id, result: await handlers[type](data) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
