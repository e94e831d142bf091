import { describe, expect, it } from 'vitest';
import { TransportError } from '../../sync/transport';
import { RecordValidationError } from '../../sync/workspace';
import { errorsOfRejection, flatErrors } from './form-errors';

describe('the record forms’ error mapping', () => {
  it('keeps the first message per field of a refused record, nested paths joined, a pathless one on the form', () => {
    const refused = new RecordValidationError([
      { path: ['date'], message: 'dateTooFarAhead' },
      { path: ['date'], message: 'invalidDate' },
      { path: ['criteria', 0, 'label'], message: 'required' },
      { path: [], message: 'consentContactMissing' },
    ]);
    expect(errorsOfRejection(refused)).toEqual({ date: 'dateTooFarAhead', 'criteria.0.label': 'required', root: 'consentContactMissing' });
  });

  it('knows a refusal by its name when it crossed a realm, and nothing else as one', () => {
    const crossed = Object.assign(new Error('invalid record'), { name: 'RecordValidationError', issues: [{ path: ['text'], message: 'required' }] });
    expect(errorsOfRejection(crossed)).toEqual({ text: 'required' });
    expect(errorsOfRejection(new Error('QuotaExceededError'))).toBeUndefined();
    expect(errorsOfRejection('offline')).toBeUndefined();
  });

  it('reads an API’s 400 bad_request issues the same way (code is the message key), and no other failure of a request', () => {
    const refused = new TransportError('bad_request', {
      status: 400,
      body: { error: 'bad_request', issues: [{ path: ['email'], code: 'emailTaken', message: 'Cette adresse est déjà prise.' }, { path: [], code: 'invalid_body', message: '…' }] },
    });
    expect(errorsOfRejection(refused)).toEqual({ email: 'emailTaken', root: 'invalid_body' });
    expect(errorsOfRejection(new TransportError('forbidden', { status: 403, body: { error: 'forbidden' } }))).toBeUndefined();
    expect(errorsOfRejection(new TransportError('network'))).toBeUndefined();
  });

  it('flattens react-hook-form’s nested errors (arrays too) to field paths, the form’s own as root', () => {
    const errors = {
      text: { type: 'custom', message: 'required', ref: { name: 'text' } },
      criteria: [undefined, { label: { type: 'custom', message: 'tooLong' } }],
      root: { type: 'domain', message: 'unknownCode' },
    };
    expect(flatErrors(errors as unknown as Parameters<typeof flatErrors>[0])).toEqual({ text: 'required', 'criteria.1.label': 'tooLong', root: 'unknownCode' });
  });
});
