// The 429 of a backing-off login or password check: Retry-After in seconds, and the wait in words.
import type { FastifyReply } from 'fastify';

export function rateLimitedMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `Too many password attempts for this account or from this network. Try again in ${wait}.`;
}

export function sendRateLimited(reply: FastifyReply, retryAfterSeconds: number): FastifyReply {
  return reply
    .code(429)
    .header('Retry-After', String(retryAfterSeconds))
    .send({ error: 'rate_limited', retryAfterSeconds, message: rateLimitedMessage(retryAfterSeconds) });
}
