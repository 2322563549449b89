// The ceiling the API is compared to: plain node:http answering a fixed GraphQL result, so the
// ratio shows what NestJS + Fastify + Apollo cost on top of Node itself on this machine.
import { createServer } from 'node:http';

const RESULT = JSON.stringify({ data: { __typename: 'Query' } });
const port = Number(process.env.PORT ?? 0);

const server = createServer((request, response) => {
  // Read the whole body before answering, like a real server parsing the query would.
  request.resume();
  request.on('end', () => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(RESULT),
    });
    response.end(RESULT);
  });
});

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`bare server listening on ${server.address().port}\n`);
});

// Nothing to drain or flush: exit at once when the harness stops us, even mid-load.
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => process.exit(0));
