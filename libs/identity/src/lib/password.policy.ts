import { BadUserInputError } from '@ksp/shared';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * A sane password policy (NIST SP 800-63B style): long enough, not absurdly long, not the email
 * address, not one repeated character. No composition rules.
 */
export function assertAcceptablePassword(password: string, email: string): void {
  const problem =
    password.length < MIN_PASSWORD_LENGTH
      ? `minimaal ${MIN_PASSWORD_LENGTH} tekens`
      : password.length > MAX_PASSWORD_LENGTH
        ? `maximaal ${MAX_PASSWORD_LENGTH} tekens`
        : new Set(password).size < 4
          ? 'meer verschillende tekens'
          : password.toLowerCase().includes(email.split('@')[0]!.toLowerCase()) &&
              email.split('@')[0]!.length >= 4
            ? 'niet uw e-mailadres'
            : null;
  if (problem)
    throw new BadUserInputError(`Kies een ander wachtwoord: ${problem}.`, { argument: 'password' });
}
