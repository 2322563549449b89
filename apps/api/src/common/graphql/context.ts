import { localeFromAcceptLanguage, type Locale } from '@oip/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** What every resolver receives as its GraphQL context: one per HTTP request. */
export interface GraphQLContext {
  req: FastifyRequest;
  /** For setting cookies (sign-in, sign-out). */
  reply: FastifyReply;
  locale: Locale;
  /** Per-request DataLoaders, created lazily by `requestScopedLoader`. */
  loaders: Map<object, unknown>;
}

export function createGraphQLContext(req: FastifyRequest, reply: FastifyReply): GraphQLContext {
  return {
    req,
    reply,
    locale: localeFromAcceptLanguage(req.headers['accept-language']),
    loaders: new Map(),
  };
}

/**
 * Returns the loader `owner` created for this request, creating it on first use. A fresh set of
 * loaders per request keeps batching inside one request and never leaks cache across users.
 */
export function requestScopedLoader<T>(context: GraphQLContext, owner: object, create: () => T): T {
  let loader = context.loaders.get(owner) as T | undefined;
  if (loader === undefined) {
    loader = create();
    context.loaders.set(owner, loader);
  }
  return loader;
}
