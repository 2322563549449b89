import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { AppError } from '../errors/app-error';
import { multipartOptions, readSingleFile } from './multipart';

const LIMIT = 3 * 1024 * 1024; // above Fastify's 1 MiB bodyLimit, as AVATAR_MAX_BYTES is

describe('readSingleFile', () => {
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    // the same registration as app.factory.ts, on a bare Fastify with the API's bodyLimit
    app = Fastify({ bodyLimit: 1024 * 1024 });
    await app.register(multipart, multipartOptions(LIMIT));
    const reply = async (run: () => Promise<Buffer>) => {
      try {
        const data = await run();
        return { size: data.length, hex: data.subarray(0, 16).toString('hex') };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { code: error.code, ...error.extensions };
      }
    };
    app.post('/upload', (request) => reply(() => readSingleFile(request)));
    app.post('/small', (request) => reply(() => readSingleFile(request, { maxBytes: 1000 })));
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  async function post(path: string, body: FormData | string, headers: Record<string, string> = {}) {
    const response = await fetch(`${url}${path}`, { method: 'POST', body, headers });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  function form(...files: (Buffer | string)[]) {
    const data = new FormData();
    files.forEach((file, index) => {
      if (typeof file === 'string') data.append(`field${index}`, file);
      else
        data.append(
          `file${index}`,
          new Blob([new Uint8Array(file)], { type: 'image/png' }),
          'avatar.png',
        );
    });
    return data;
  }

  it('returns the bytes of the one file, even above the JSON body limit', async () => {
    const small = randomBytes(100);
    expect((await post('/upload', form(small))).body).toEqual({
      size: 100,
      hex: small.subarray(0, 16).toString('hex'),
    });
    const large = randomBytes(2 * 1024 * 1024);
    expect((await post('/upload', form(large))).body).toMatchObject({ size: large.length });
  });

  it('refuses a file over the limit with FILE_TOO_LARGE', async () => {
    expect((await post('/upload', form(randomBytes(LIMIT + 1)))).body).toEqual({
      code: 'FILE_TOO_LARGE',
    });
    expect((await post('/small', form(randomBytes(1001)))).body).toEqual({
      code: 'FILE_TOO_LARGE',
      maxBytes: 1000,
    });
    expect((await post('/small', form(randomBytes(1000)))).body).toMatchObject({ size: 1000 });
  });

  it('refuses a request without a file, with an empty file, or that is not multipart', async () => {
    expect((await post('/upload', new FormData())).body).toEqual({
      code: 'BAD_REQUEST',
      reason: 'no_file',
    });
    expect((await post('/upload', form(Buffer.alloc(0)))).body).toEqual({
      code: 'BAD_REQUEST',
      reason: 'no_file',
    });
    expect((await post('/upload', '{"a":1}', { 'content-type': 'application/json' })).body).toEqual(
      { code: 'BAD_REQUEST', reason: 'not_multipart' },
    );
  });

  it('refuses a second file or any other field', async () => {
    const invalid = { code: 'BAD_REQUEST', reason: 'invalid_multipart' };
    expect((await post('/upload', form(randomBytes(10), randomBytes(10)))).body).toEqual(invalid);
    expect((await post('/upload', form(randomBytes(10), 'hello'))).body).toEqual(invalid);
    expect((await post('/upload', form('hello', randomBytes(10)))).body).toEqual(invalid);
    expect((await post('/upload', form('hello'))).body).toEqual(invalid);
  });

  it('refuses a malformed multipart body', async () => {
    const body = '--x\r\nContent-Disposition: form-data; name="f"; filename="a.png"\r\n\r\nabc';
    expect(
      (await post('/upload', body, { 'content-type': 'multipart/form-data; boundary=x' })).body,
    ).toEqual({ code: 'BAD_REQUEST', reason: 'invalid_multipart' });
  });
});
