import { describe, expect, it } from 'vitest';
import { changePasswordSchema, resetPasswordSchema } from './accounts';
import { MIN_PASSWORD_LENGTH, passwordShapeRefusal } from './password-policy';

describe('the shape of a new password (forms and server alike)', () => {
  it('needs 12 characters and more than spaces, repeats or a sequence', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(passwordShapeRefusal('short one')).toBe('passwordTooShort');
    expect(passwordShapeRefusal(' '.repeat(16))).toBe('passwordRepetitive');
    expect(passwordShapeRefusal('xyxyxyxyxyxy')).toBe('passwordRepetitive');
    expect(passwordShapeRefusal('0123456789012')).toBe('passwordRepetitive');
    expect(passwordShapeRefusal('un vélo rouge sous la pluie')).toBeUndefined();
  });

  it('is what the reset and change forms validate, with the reason as the message key', () => {
    const reset = resetPasswordSchema.safeParse({ password: 'aaaaaaaaaaaaaaaa' });
    expect(reset.success ? undefined : reset.error.issues[0]?.message).toBe('passwordRepetitive');
    const change = changePasswordSchema.safeParse({ currentPassword: 'x', newPassword: 'too short' });
    expect(change.success ? undefined : change.error.issues[0]?.message).toBe('passwordTooShort');
  });
});
