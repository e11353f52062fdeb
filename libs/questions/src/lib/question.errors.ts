import { ConflictError, ForbiddenError, NotFoundError } from '@ksp/shared';

/** The errors of questions and answers, with their Dutch messages (codes: docs/api-errors.md). */

export const questionNotFound = (id: string, argument = 'id') =>
  new NotFoundError(`Vraag '${id}' bestaat niet of u mag haar niet zien.`, { argument, value: id });

export const answerNotFound = (id: string, argument = 'answerId') =>
  new NotFoundError(`Antwoord '${id}' bestaat niet of u mag het niet zien.`, { argument, value: id });

export const forbiddenTo = (what: string) => new ForbiddenError(`U mag ${what}.`);

export const questionClosed = (id: string) =>
  new ConflictError('Deze vraag is gesloten; heropen haar eerst.', { argument: 'id', value: id });

export const staleVersion = (what: 'vraag' | 'antwoord', current: number) =>
  new ConflictError(
    `De ${what} is intussen gewijzigd (nu versie ${current}); laad de nieuwste versie en probeer het opnieuw.`,
    { argument: 'expectedVersion', currentVersion: current },
  );
