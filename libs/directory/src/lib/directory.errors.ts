import { BadUserInputError, NotFoundError } from '@ksp/shared';

const MUNICIPALITY_CODE = /^GM\d{4}$/;
const POLICY_DOMAIN_CODE = /^\d(\.\d{1,3})?$/;

export function assertMunicipalityCode(code: string, argument = 'code'): string {
  if (!MUNICIPALITY_CODE.test(code)) {
    throw new BadUserInputError(
      `Ongeldige gemeentecode '${code}': verwacht 'GM' gevolgd door 4 cijfers, bijvoorbeeld GM0363.`,
      { argument, value: code },
    );
  }
  return code;
}

export function assertPolicyDomainCode(code: string, argument = 'code'): string {
  if (!POLICY_DOMAIN_CODE.test(code)) {
    throw new BadUserInputError(
      `Ongeldige taakveldcode '${code}': verwacht een hoofdstuk (6) of taakveld (6.72), volgens BBV/Iv3.`,
      { argument, value: code },
    );
  }
  return code;
}

export const municipalityNotFound = (code: string) =>
  new NotFoundError(`Gemeente '${code}' bestaat niet.`, { value: code });
export const regionNotFound = (id: string) => new NotFoundError(`Regio '${id}' bestaat niet.`, { value: id });
export const policyDomainNotFound = (code: string) =>
  new NotFoundError(`Taakveld '${code}' bestaat niet.`, { value: code });
export const themeNotFound = (code: string) =>
  new NotFoundError(`Thema '${code}' bestaat niet.`, { value: code });
