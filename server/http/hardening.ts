// Cross-cutting HTTP behaviour: security headers on every response (HSTS over HTTPS), contract error bodies, and
// 404s (JSON under /api, the SPA's index.html for other GET paths when the app is served).
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from './errors';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Files the browser must revalidate every time, or an app update would never be seen. */
const ALWAYS_REVALIDATE = new Set(['/sw.js', '/index.html', '/', '/manifest.webmanifest', '/registerSW.js']);

/** One year, subdomains included: sent only on responses served over HTTPS (RFC 6797 §7.2). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

export function registerHardening(app: FastifyInstance, options: { spaFallback: boolean }): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    // `protocol` is https over TLS, or behind a trusted proxy that says X-Forwarded-Proto: https.
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    else if (ALWAYS_REVALIDATE.has(path) || reply.getHeader('content-type')?.toString().startsWith('text/html')) {
      reply.header('Cache-Control', 'no-cache');
    }
    return payload;
  });

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) return reply.status(error.statusCode).headers(error.headers).send(error.body);
    const status = error.statusCode ?? 500;
    if (status === 413) return reply.status(413).send({ error: 'payload_too_large', message: 'The request body is larger than the server accepts.' });
    if (status === 400 || status === 415) {
      // Not JSON, empty body, or a content type we do not read: the contract's bad_request.
      return reply.status(400).send({ error: 'bad_request', issues: [{ path: [], code: error.code ?? 'invalid_body', message: error.message }] });
    }
    if (status < 500) return reply.status(status).send({ error: error.code ?? 'error' });
    request.log.error(error);
    return reply.status(500).send({ error: 'internal' });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path);
    if (options.spaFallback && isPage) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send({ error: 'not_found' });
  });
}
