import { ArgumentsHost, Catch, ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

const API_PREFIXES = ['/graphql', '/health', '/metrics', '/api', '/assets', '/dev/', '/uploads'];

/**
 * Unknown paths that a browser navigates to get the web app's index.html: the client router
 * shows the page, or its own 404 page. API paths keep their JSON 404.
 */
@Catch(NotFoundException)
export class SpaFallbackFilter implements ExceptionFilter {
  constructor(private readonly indexHtml: string) {}

  catch(exception: NotFoundException, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const wantsPage =
      request.method === 'GET' &&
      (request.headers.accept ?? '').includes('text/html') &&
      !API_PREFIXES.some((prefix) => request.url.startsWith(prefix));
    if (wantsPage) {
      void reply
        .code(200)
        .header('cache-control', 'no-cache')
        .type('text/html')
        .send(this.indexHtml);
      return;
    }
    void reply.code(404).send(exception.getResponse());
  }
}
