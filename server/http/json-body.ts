// The JSON body parser (docs/server-authority.md, "Limits"). Fastify's own parser (with its
// prototype-poisoning checks) runs only after a scan of the raw text has found the nesting no
// deeper than MAX_JSON_DEPTH: a body nested thousands of levels deep is answered 400 in words
// before anything recurses over it. The size is bounded before that by Fastify's bodyLimit (413).
import type { FastifyInstance } from 'fastify';
import { badRequest } from './errors';

/** Far above any body of the API (a push's positioning answers are a few levels deep). */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of arrays and objects in this JSON text, stopping once it passes `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(badRequest([{ path: [], code: 'too_deep', message: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.` }]), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
