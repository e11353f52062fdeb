import { ConflictError, ForbiddenError, NotFoundError } from '@ksp/shared';

/** The errors of expertise profiles, with their Dutch messages (codes: docs/api-errors.md). */

export const profileNotFound = (id: string, argument = 'id') =>
  new NotFoundError(`Expertiseprofiel '${id}' bestaat niet of u mag het niet zien.`, {
    argument,
    value: id,
  });

export const forbiddenTo = (what: string) => new ForbiddenError(`U mag ${what}.`);

export const staleVersion = (current: number) =>
  new ConflictError(
    `Het expertiseprofiel is intussen gewijzigd (nu versie ${current}); laad de nieuwste versie en probeer het opnieuw.`,
    { argument: 'expectedVersion', currentVersion: current },
  );

export const versionRequired = (current: number) =>
  new ConflictError(
    `Er bestaat al een expertiseprofiel (versie ${current}); geef expectedVersion mee om het te wijzigen.`,
    { argument: 'expectedVersion', currentVersion: current },
  );

export const profileGone = () =>
  new ConflictError('Het expertiseprofiel dat u wilde wijzigen bestaat niet meer; laad de pagina opnieuw.', {
    argument: 'expectedVersion',
  });
