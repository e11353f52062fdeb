import { BadUserInputError, ConflictError, NotFoundError } from '@ksp/shared';

/** The errors of matching and routing, with their Dutch messages (codes: docs/api-errors.md). */

export const routingNotFound = (id: string) =>
  new NotFoundError(`Doorgestuurde vraag '${id}' bestaat niet of is niet aan u doorgestuurd.`, {
    argument: 'id',
    value: id,
  });

export const routingNotOpen = (id: string, status: string) =>
  new ConflictError(
    status === 'DECLINED'
      ? 'U heeft deze vraag al afgewezen.'
      : status === 'ANSWERED'
        ? 'U heeft deze vraag al beantwoord.'
        : 'Deze vraag is gesloten of heeft al een geaccepteerd antwoord.',
    { argument: 'id', value: id, status },
  );

export const unknownPolicyDomain = (code: string, argument: string) =>
  new BadUserInputError(`Onbekend taakveld '${code}' (een BBV-code zoals 6.752).`, { argument, value: code });

export const badInput = (message: string, argument: string) => new BadUserInputError(message, { argument });
