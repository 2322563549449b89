import type { FastifyMultipartOptions } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

/**
 * How @fastify/multipart is registered (app.factory.ts): one file and nothing else per
 * request, at most `maxFileBytes` (AVATAR_MAX_BYTES). Multipart bodies bypass Fastify's JSON
 * `bodyLimit`; these limits are what bound them.
 */
export function multipartOptions(maxFileBytes: number): FastifyMultipartOptions {
  return {
    limits: { fileSize: maxFileBytes, files: 1, fields: 0, parts: 1, headerPairs: 20 },
    throwFileSizeLimit: true,
  };
}

/**
 * The bytes of the one file of a multipart/form-data request (any field name). Throws
 * AppError FILE_TOO_LARGE over the limit (`maxBytes`, else the registered one), BAD_REQUEST
 * when the request is not multipart, has no file (or an empty one), has any other part, or
 * is malformed. The file name and declared type are ignored: the caller sniffs the bytes.
 */
export async function readSingleFile(
  request: FastifyRequest,
  options: { maxBytes?: number } = {},
): Promise<Buffer> {
  return (await readUploadedFile(request, options)).data;
}

/**
 * `readSingleFile` with the file name the client gave (untrusted: for display only, once
 * made safe; attachments keep it, images do not).
 */
export async function readUploadedFile(
  request: FastifyRequest,
  options: { maxBytes?: number } = {},
): Promise<{ data: Buffer; filename: string }> {
  if (!request.isMultipart()) throw new AppError('BAD_REQUEST', { reason: 'not_multipart' });
  const limits = options.maxBytes ? { limits: { fileSize: options.maxBytes } } : undefined;
  let data: Buffer | undefined;
  let filename = '';
  try {
    // read to the end, so a part after the file still trips the limits
    for await (const part of request.parts(limits)) {
      if (part.type !== 'file') continue; // `fields: 0`: a field fails the iteration instead
      const bytes = await part.toBuffer();
      if (data) throw new Error('more than one file');
      data = bytes;
      filename = part.filename ?? '';
    }
  } catch (error) {
    if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('FILE_TOO_LARGE', options.maxBytes ? { maxBytes: options.maxBytes } : {});
    }
    throw new AppError('BAD_REQUEST', { reason: 'invalid_multipart' });
  }
  if (!data || data.length === 0) throw new AppError('BAD_REQUEST', { reason: 'no_file' });
  return { data, filename };
}
