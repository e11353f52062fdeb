import { DomainError, ErrorCode } from '@ksp/shared';

/** One message for a wrong password, an unknown account and a lockout: none reveals which. */
export const invalidCredentials = () =>
  new DomainError(
    ErrorCode.UNAUTHENTICATED,
    'Inloggen mislukt: e-mailadres of wachtwoord onjuist, of te veel pogingen. Probeer het later opnieuw.',
  );
export const notAuthenticated = () =>
  new DomainError(ErrorCode.UNAUTHENTICATED, 'Niet ingelogd of sessie verlopen. Log opnieuw in.');
export const invalidSession = () =>
  new DomainError(ErrorCode.UNAUTHENTICATED, 'Deze sessie is niet (meer) geldig. Log opnieuw in.');
export const forbidden = (what: string) =>
  new DomainError(ErrorCode.FORBIDDEN, `U heeft geen rechten om ${what}.`);
export const invalidToken = () =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'Deze link is ongeldig, verlopen of al gebruikt.', {
    argument: 'token',
  });
