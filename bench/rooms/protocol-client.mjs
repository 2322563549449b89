// A minimal client of the socket.io protocol (v5 over engine.io v4, WebSocket transport only)
// for the benchmark's listeners: it joins, answers pings, and hands `message:new` payloads
// over. It speaks exactly what socket.io-client speaks on the wire, without that library's
// per-packet machinery, so 1,000 listeners fit beside the servers on 2 cores. The senders use
// socket.io-client itself.
import WebSocket from 'ws';

export function connectProtocolClient(url, origin, token) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, {
    headers: { cookie: `oip_session=${token}`, origin },
    perMessageDeflate: false,
    skipUTF8Validation: true,
  });
  const acks = new Map();
  const listeners = new Map();
  let nextAck = 0;
  const client = {
    emitWithAck(event, payload, timeoutMs = 10_000) {
      const id = nextAck++;
      ws.send(`42${id}${JSON.stringify([event, payload])}`);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          acks.delete(id);
          reject(new Error(`${event}: no acknowledgement`));
        }, timeoutMs);
        acks.set(id, (value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
    on(event, listener) {
      listeners.set(event, listener);
    },
    close() {
      ws.close();
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.on('message', (data) => {
      const text = data.toString();
      if (text === '2') return ws.send('3'); // engine.io ping → pong
      if (text.startsWith('0')) return ws.send('40'); // engine.io open → socket.io connect
      if (text.startsWith('40')) return resolve(client); // connected to the namespace
      if (text.startsWith('44')) return reject(new Error(text.slice(2))); // refused
      if (text.startsWith('43')) {
        const bracket = text.indexOf('[');
        const ack = acks.get(Number(text.slice(2, bracket)));
        acks.delete(Number(text.slice(2, bracket)));
        return ack?.(JSON.parse(text.slice(bracket))[0]);
      }
      if (text.startsWith('42')) {
        // new messages go over as the raw packet: the benchmark reads two fields of each
        if (text.startsWith('42["message:new",') || text.startsWith('42["messages:new",'))
          return listeners.get('message:new:raw')?.(text);
        const [event, payload] = JSON.parse(text.slice(2));
        listeners.get(event)?.(payload);
      }
    });
  });
}
