import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Security headers on every response. The web app is a static bundle with no inline script, so
 * the Content-Security-Policy can allow only this origin; `connect-src 'self'` keeps API calls
 * (and later socket.io) on the same origin.
 */
export async function addSecurityHeaders(app: NestFastifyApplication, publicUrl: string) {
  // Upgrade and HSTS only when the platform is served over HTTPS: on a plain-HTTP deployment
  // they would make browsers request assets and the API over a TLS that is not there.
  const https = publicUrl.startsWith('https://');
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 15552000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}
