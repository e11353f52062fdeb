import { Injectable, OnModuleInit } from '@nestjs/common';
import { BadUserInputError } from '@ksp/shared';
import { DirectoryService } from '@ksp/directory';
import { AuditService } from './audit.service';
import { OrganisationEntity } from './identity.entities';
import { IdentityRepository } from './identity.repository';
import { Actor, AuditEventType, Organisation, OrganisationKind, isAdmin } from './identity.types';
import { forbidden } from './identity.errors';

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const HUB_ORGANISATION_CODE = 'HUB';

export function toOrganisation(e: OrganisationEntity): Organisation {
  return {
    code: e.code,
    kind: e.kind as OrganisationKind,
    name: e.name,
    municipalityCode: e.municipalityCode,
    emailDomains: e.emailDomains ? e.emailDomains.split('\n') : [],
  };
}

/** Organisations on the hub: every gemeente (kept in step with the directory), and others. */
@Injectable()
export class OrganisationService implements OnModuleInit {
  constructor(
    private readonly repository: IdentityRepository,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
  ) {}

  /** Every gemeente of the directory is an organisation; plus the hub's own (for its admins). */
  async onModuleInit(): Promise<void> {
    const existing = new Set(await this.repository.organisationCodes());
    const missing: Partial<OrganisationEntity>[] = this.directory
      .listMunicipalities({}, { first: 100_000 })
      .edges.map((e) => e.node)
      .filter((m) => !existing.has(m.code))
      .map((m) => ({
        code: m.code,
        kind: OrganisationKind.GEMEENTE,
        name: `Gemeente ${m.name}`,
        municipalityCode: m.code,
        emailDomains: '',
      }));
    if (!existing.has(HUB_ORGANISATION_CODE)) {
      missing.push({
        code: HUB_ORGANISATION_CODE,
        kind: OrganisationKind.OVERIG,
        name: 'Kennisschakelpunt (beheer)',
        municipalityCode: null,
        emailDomains: '',
      });
    }
    for (let i = 0; i < missing.length; i += 100)
      await this.repository.insertOrganisations(missing.slice(i, i + 100));
  }

  async get(code: string): Promise<Organisation> {
    const org = await this.repository.findOrganisation(code);
    if (!org)
      throw new BadUserInputError(`Onbekende organisatie '${code}'.`, {
        argument: 'organisationCode',
        value: code,
      });
    return toOrganisation(org);
  }

  async byCodes(codes: readonly string[]): Promise<Map<string, Organisation>> {
    const rows = await this.repository.findOrganisations([...new Set(codes)]);
    return new Map(rows.map((r) => [r.code, toOrganisation(r)]));
  }

  async list(): Promise<Organisation[]> {
    return (await this.repository.listOrganisations()).map(toOrganisation);
  }

  async byEmailDomain(domain: string): Promise<Organisation | null> {
    const org = await this.repository.findOrganisationByEmailDomain(domain.toLowerCase());
    return org ? toOrganisation(org) : null;
  }

  async setEmailDomains(actor: Actor, code: string, domains: readonly string[]): Promise<Organisation> {
    if (!isAdmin(actor)) throw forbidden('e-maildomeinen van organisaties te wijzigen');
    const normalised = [...new Set(domains.map((d) => d.trim().toLowerCase()))].filter(Boolean);
    const bad = normalised.find((d) => !DOMAIN.test(d));
    if (bad)
      throw new BadUserInputError(`Ongeldig e-maildomein '${bad}' (bijvoorbeeld: utrecht.nl).`, {
        argument: 'domains',
        value: bad,
      });
    return this.repository.transaction(async (m) => {
      const org = await this.repository.findOrganisation(code);
      if (!org)
        throw new BadUserInputError(`Onbekende organisatie '${code}'.`, { argument: 'code', value: code });
      for (const d of normalised) {
        const owner = await this.repository.findOrganisationByEmailDomain(d);
        if (owner && owner.code !== code) {
          throw new BadUserInputError(`Het domein '${d}' hoort al bij ${owner.name}.`, {
            argument: 'domains',
            value: d,
          });
        }
      }
      org.emailDomains = normalised.join('\n');
      await this.repository.saveOrganisation(org, m);
      await this.audit.record(
        AuditEventType.EMAIL_DOMAINS_CHANGED,
        { actorUserId: actor.userId, details: { organisation: code, domains: normalised } },
        m,
      );
      return toOrganisation(org);
    });
  }
}
