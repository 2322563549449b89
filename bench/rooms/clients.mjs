// One worker thread's share of the benchmark's socket.io clients: connects them, records every
// `message:new` (latency from the sender's clock, same process clock: Date-based, sub-ms via
// performance.timeOrigin), sends at the asked pace, and reports lost / duplicated messages.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { io } from 'socket.io-client';
import { Histogram } from './histogram.mjs';

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

const handlers = {
  async connect({ urls, origin, roomId, tokens, offset }) {
    for (let i = 0; i < tokens.length; i += 10) {
      await Promise.all(
        tokens.slice(i, i + 10).map(async (token, j) => {
          const instance = (i + j + offset) % urls.length;
          const socket = await connect(urls[instance], origin, token);
          const client = { socket, instance, seen: new Map() };
          const ack = await socket.timeout(10_000).emitWithAck('room:join', { roomId });
          if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack.error)}`);
          socket.on('message:new', (message) => {
            if (!recording) return;
            const [kind, sentAt, from] = message.body.split(' ');
            if (kind !== 'bench') return;
            (Number(from) === instance ? same : cross).add(now() - Number(sentAt));
            client.seen.set(message.id, (client.seen.get(message.id) ?? 0) + 1);
          });
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

  async send({ senders, rate, seconds }) {
    const chosen = clients.slice(0, senders);
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
            (ack) => (ack.ok ? ack.message.id : ((failed += 1), null)),
            () => ((failed += 1), null),
          ),
      );
    }
    const ids = (await Promise.all(acks)).filter(Boolean);
    return { ids, failed };
  },

  async report({ ackedIds }) {
    recording = false;
    let lost = 0;
    let duplicated = 0;
    for (const client of clients) {
      for (const id of ackedIds) if (!client.seen.has(id)) lost += 1;
      for (const times of client.seen.values()) if (times > 1) duplicated += times - 1;
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
