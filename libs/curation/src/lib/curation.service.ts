import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DirectoryService, type Municipality, type Region } from '@ksp/directory';
import {
  AuditService,
  PolicyService,
  isAdmin,
  isCoordinator,
  type Actor,
  type AudienceInput,
} from '@ksp/identity';
import { recordEvents } from '@ksp/persistence';
import {
  BadUserInputError,
  Clock,
  ConflictError,
  Connection,
  ForbiddenError,
  ForwardPaginationArgs,
  NotFoundError,
  connectionFromSlice,
  normaliseTag,
  offsetWindow,
} from '@ksp/shared';
import {
  CatalogEntry,
  ContentActivity,
  ContentCatalog,
  CuratedItemType,
  ItemRef,
  NO_ACTIVITY,
  refKey,
} from './content-catalog';
import {
  ContentFlagEntity,
  DossierEntity,
  DossierItemEntity,
  FeaturedItemEntity,
  TagSynonymEntity,
} from './curation.entities';
import { CurationRepository } from './curation.repository';
import { StoredDossierItem, keepHiddenItems } from './dossier-items.util';

export const MAX_DOSSIER_ITEMS = 200;
const DOSSIER_ITEM_TYPES = [
  CuratedItemType.QUESTION,
  CuratedItemType.REPORT,
  CuratedItemType.EXPERTISE_PROFILE,
];

export interface DossierItemInput {
  readonly itemType: CuratedItemType;
  readonly itemId: string;
  readonly note?: string | null;
}

export interface DossierInput {
  readonly title: string;
  readonly introduction: string;
  readonly audience?: AudienceInput | null;
  readonly items: readonly DossierItemInput[];
}

/** A dossier as readers get it: only the items the reader may see, in the curator's order. */
export interface Dossier {
  readonly entity: DossierEntity;
  readonly items: readonly { position: number; note: string | null; entry: CatalogEntry }[];
}

export interface FeaturedItem {
  readonly id: string;
  readonly regionId: string;
  readonly pinned: boolean;
  readonly featuredAt: Date;
  readonly entry: CatalogEntry;
}

export const FlagReason = {
  OUTDATED: 'OUTDATED',
  INCORRECT: 'INCORRECT',
  INAPPROPRIATE: 'INAPPROPRIATE',
  DUPLICATE: 'DUPLICATE',
  OTHER: 'OTHER',
} as const;
export type FlagReason = (typeof FlagReason)[keyof typeof FlagReason];

export interface Flag {
  readonly entity: ContentFlagEntity;
  readonly entry: CatalogEntry;
}

/** How far back the region overview counts what was asked, answered and published. */
export const OVERVIEW_DAYS = { default: 90, min: 1, max: 730 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A region's knowledge exchange per gemeente (see ContentActivity), and the region's totals. */
export interface RegionOverview {
  readonly region: Region;
  readonly days: number;
  readonly since: Date;
  readonly asOf: Date;
  /** Every gemeente of the region, by name. */
  readonly municipalities: readonly { municipality: Municipality; activity: ContentActivity }[];
  readonly totals: ContentActivity;
}

export interface ReviewQueue {
  readonly submittedReports: readonly CatalogEntry[];
  readonly flags: readonly Flag[];
  readonly expired: readonly CatalogEntry[];
}

/**
 * The coordinator's work on the region's knowledge: dossiers, featured items, flags, tag synonyms
 * and the review queue. Reads go through the policy layer (dossier access keys; items through the
 * content catalog, which only returns what the reader may see); curation actions are audited.
 */
@Injectable()
export class CurationService {
  constructor(
    private readonly repository: CurationRepository,
    private readonly catalog: ContentCatalog,
    private readonly policy: PolicyService,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ---- tag synonyms --------------------------------------------------------------------------

  async tagSynonyms(): Promise<{ canonical: string; synonyms: string[] }[]> {
    const groups = new Map<string, string[]>();
    for (const r of await this.repository.allSynonyms()) {
      (groups.get(r.canonical) ?? groups.set(r.canonical, []).get(r.canonical)!).push(r.synonym);
    }
    return [...groups].map(([canonical, synonyms]) => ({ canonical, synonyms }));
  }

  /** Replaces the synonyms of a canonical tag (an empty list removes them). */
  async setTagSynonyms(actor: Actor, canonicalTag: string, synonymTags: readonly string[]) {
    this.requireCurator(actor, 'tagsynoniemen te beheren');
    const canonical = normaliseTag(canonicalTag);
    if (!canonical) throw new BadUserInputError('De tag mag niet leeg zijn.', { argument: 'canonical' });
    const synonyms = [...new Set(synonymTags.map(normaliseTag).filter((t) => t && t !== canonical))];
    if (synonyms.length > 50) {
      throw new BadUserInputError('Hooguit 50 synoniemen per tag.', { argument: 'synonyms' });
    }
    const existing = await this.repository.synonymsTouching([canonical, ...synonyms]);
    const chained = existing.find((r) => r.synonym === canonical);
    if (chained) {
      throw new BadUserInputError(
        `'${canonical}' is zelf een synoniem van '${chained.canonical}'; kies '${chained.canonical}' als hoofdtag.`,
        { argument: 'canonical', value: canonical },
      );
    }
    const isCanonicalElsewhere = existing.find(
      (r) => synonyms.includes(r.canonical) && r.canonical !== canonical,
    );
    if (isCanonicalElsewhere) {
      throw new BadUserInputError(
        `'${isCanonicalElsewhere.canonical}' heeft zelf synoniemen en kan geen synoniem zijn.`,
        { argument: 'synonyms', value: isCanonicalElsewhere.canonical },
      );
    }
    const now = this.clock.now();
    await this.repository.transaction(async (m) => {
      await this.repository.replaceSynonyms(
        canonical,
        synonyms.map((synonym) =>
          Object.assign(new TagSynonymEntity(), {
            synonym,
            canonical,
            createdBy: actor.userId,
            createdAt: now,
          }),
        ),
        m,
      );
      await recordEvents(
        m,
        [
          {
            type: 'tag_synonyms.changed',
            aggregateType: 'tag',
            aggregateId: canonical.slice(0, 36),
            payload: { canonical, synonyms },
          },
        ],
        now,
      );
      await this.audit.record(
        'TAG_SYNONYMS_CHANGED',
        { actorUserId: actor.userId, details: { canonical, synonyms } },
        m,
      );
    });
    return { canonical, synonyms };
  }

  // ---- dossiers ------------------------------------------------------------------------------

  async dossier(actor: Actor | null, id: string): Promise<Dossier> {
    const entity = await this.repository.findDossier(id, this.policy.filterFor(actor));
    if (!entity) throw dossierNotFound(id);
    return (await this.withItems(actor, [entity]))[0]!;
  }

  /** The dossiers among these ids that the actor may see (for search hits), by id. */
  async dossiersByIds(actor: Actor | null, ids: readonly string[]): Promise<Map<string, Dossier>> {
    const entities = await this.repository.findVisibleDossiers(ids, this.policy.filterFor(actor));
    return new Map((await this.withItems(actor, entities)).map((d) => [d.entity.id, d]));
  }

  async dossiers(
    actor: Actor | null,
    criteria: { containingItemId?: string | null },
    page: ForwardPaginationArgs,
  ): Promise<Connection<Dossier>> {
    const { start, first } = offsetWindow(page);
    const itemId = criteria.containingItemId;
    if (itemId) {
      // Which dossiers hold an item says something about it: only for items the reader may see.
      const refs = DOSSIER_ITEM_TYPES.map((type) => ({ type, id: itemId }));
      if ((await this.catalog.load(actor, refs)).size === 0) return connectionFromSlice([], 0, start);
    }
    const [rows, total] = await this.repository.listDossiers(
      this.policy.filterFor(actor),
      criteria,
      start,
      first,
    );
    return connectionFromSlice(await this.withItems(actor, rows), total, start);
  }

  async createDossier(actor: Actor, input: DossierInput): Promise<Dossier> {
    this.requireCurator(actor, 'dossiers te maken');
    const now = this.clock.now();
    const entity = Object.assign(new DossierEntity(), {
      id: randomUUID(),
      createdBy: actor.userId,
      createdByOrganisationCode: actor.organisationCode,
      createdByMunicipalityCode: actor.municipalityCode,
      createdAt: now,
      updatedAt: now,
    });
    return this.writeDossier(actor, entity, input, 'dossier.created');
  }

  async updateDossier(
    actor: Actor,
    id: string,
    expectedVersion: number,
    input: DossierInput,
  ): Promise<Dossier> {
    const entity = await this.repository.findDossier(id, this.policy.filterFor(actor));
    if (!entity) throw dossierNotFound(id);
    this.requireDossierEditor(actor, entity);
    if (entity.version !== expectedVersion) throw staleVersion('dossier', id, entity.version);
    // The editor's list replaces only the items they can see; the others stay (keepHiddenItems).
    const stored = (await this.repository.itemsOf([id])).map((r) => ({
      itemType: r.itemType as CuratedItemType,
      itemId: r.itemId,
      note: r.note,
    }));
    const seen = await this.catalog.load(
      actor,
      stored.map((r) => ({ type: r.itemType, id: r.itemId })),
    );
    return this.writeDossier(actor, entity, input, 'dossier.updated', {
      version: expectedVersion,
      items: stored,
      visible: (ref) => seen.has(refKey(ref)),
    });
  }

  async deleteDossier(actor: Actor, id: string): Promise<boolean> {
    const entity = await this.repository.findDossier(id, this.policy.filterFor(actor));
    if (!entity) throw dossierNotFound(id);
    this.requireDossierEditor(actor, entity);
    const now = this.clock.now();
    await this.repository.transaction(async (m) => {
      await this.repository.deleteDossier(id, m);
      await recordEvents(m, [{ type: 'dossier.deleted', aggregateType: 'dossier', aggregateId: id }], now);
      await this.audit.record(
        'DOSSIER_DELETED',
        { actorUserId: actor.userId, details: { dossierId: id, title: entity.title } },
        m,
      );
    });
    return true;
  }

  private async writeDossier(
    actor: Actor,
    entity: DossierEntity,
    input: DossierInput,
    event: string,
    /** For an update: the version read, the stored items and which of them the editor can see. */
    previous?: {
      version: number;
      items: readonly StoredDossierItem[];
      visible: (ref: ItemRef) => boolean;
    },
  ): Promise<Dossier> {
    const title = input.title.trim();
    if (!title) throw new BadUserInputError('Geef het dossier een titel.', { argument: 'title' });
    const audience = this.policy.audienceFor(
      // The audience is the dossier's own; its author is the dossier's creator.
      {
        ...actor,
        userId: entity.createdBy,
        organisationCode: entity.createdByOrganisationCode,
        municipalityCode: entity.createdByMunicipalityCode,
      },
      input.audience ?? { scope: 'MEMBERS' },
    );
    // The limit is on the items the editor sends: counting the ones they cannot see (kept below)
    // would tell them that there are such items.
    if (input.items.length > MAX_DOSSIER_ITEMS) {
      throw new BadUserInputError(`Een dossier heeft hooguit ${MAX_DOSSIER_ITEMS} onderdelen.`, {
        argument: 'items',
      });
    }
    const refs = input.items.map((i) => ({ type: i.itemType, id: i.itemId }));
    const seen = new Set<string>();
    for (const r of refs) {
      if (seen.has(refKey(r))) {
        throw new BadUserInputError(`'${r.id}' staat twee keer in het dossier.`, {
          argument: 'items',
          value: r.id,
        });
      }
      seen.add(refKey(r));
      if (r.type === CuratedItemType.ANSWER) {
        throw new BadUserInputError(
          'Een dossier bevat vragen, rapporten en profielen; geen losse antwoorden.',
          {
            argument: 'items',
            value: r.id,
          },
        );
      }
    }
    const visible = await this.catalog.load(actor, refs);
    const missing = refs.find((r) => !visible.has(refKey(r)));
    if (missing) {
      throw new BadUserInputError(`Onbekend onderdeel ${missing.type} '${missing.id}'.`, {
        argument: 'items',
        value: missing.id,
      });
    }
    const now = this.clock.now();
    Object.assign(entity, {
      title,
      introduction: input.introduction,
      scope: audience.scope,
      audienceRegionIds: JSON.stringify(audience.regionIds),
      audienceMunicipalityCodes: JSON.stringify(audience.municipalityCodes),
      updatedAt: now,
    });
    const chosen: StoredDossierItem[] = input.items.map((i) => ({
      itemType: i.itemType,
      itemId: i.itemId,
      note: i.note?.trim() || null,
    }));
    const all = previous ? keepHiddenItems(previous.items, previous.visible, chosen) : chosen;
    const items = all.map((i, position) =>
      Object.assign(new DossierItemEntity(), { dossierId: entity.id, position, ...i }),
    );
    const saved = await this.repository.transaction(async (m) => {
      if (previous) {
        // The items kept were read at this version: a save in between would be overwritten.
        const current = await this.repository.lockDossier(entity.id, m);
        if (!current) throw dossierNotFound(entity.id);
        if (current.version !== previous.version) {
          throw staleVersion('dossier', entity.id, current.version);
        }
      }
      const s = await this.repository.saveDossier(entity, items, this.policy.accessKeysOf(audience), m);
      await recordEvents(m, [{ type: event, aggregateType: 'dossier', aggregateId: s.id }], now);
      await this.audit.record(
        'DOSSIER_SAVED',
        { actorUserId: actor.userId, details: { dossierId: s.id, title } },
        m,
      );
      return s;
    });
    return (await this.withItems(actor, [saved]))[0]!;
  }

  /** The dossiers' items the reader may see, loaded in one batch for all dossiers of a page. */
  private async withItems(actor: Actor | null, dossiers: readonly DossierEntity[]): Promise<Dossier[]> {
    const rows = await this.repository.itemsOf(dossiers.map((d) => d.id));
    const entries = await this.catalog.load(
      actor,
      rows.map((r) => ({ type: r.itemType as CuratedItemType, id: r.itemId })),
    );
    return dossiers.map((entity) => ({
      entity,
      items: rows
        .filter((r) => r.dossierId === entity.id)
        .flatMap((r) => {
          const entry = entries.get(refKey({ type: r.itemType as CuratedItemType, id: r.itemId }));
          return entry ? [{ position: r.position, note: r.note, entry }] : [];
        }),
    }));
  }

  private requireDossierEditor(actor: Actor, d: DossierEntity): void {
    if (d.createdBy === actor.userId || this.policy.coordinates(actor, d.createdByMunicipalityCode)) return;
    throw new ForbiddenError(
      'Alleen de maker van het dossier of een coördinator van de regio kan het wijzigen.',
    );
  }

  // ---- featured ------------------------------------------------------------------------------

  /** Featured items of these regions (default: the regions of the actor's gemeente), pinned first. */
  async featured(actor: Actor | null, regionId: string | null): Promise<FeaturedItem[]> {
    const regionIds = regionId
      ? [this.directory.getRegion(regionId).id]
      : actor?.municipalityCode
        ? this.directory.regionsOf(actor.municipalityCode).map((r) => r.id)
        : [];
    const rows = await this.repository.featured(regionIds);
    const entries = await this.catalog.load(
      actor,
      rows.map((r) => ({ type: r.itemType as CuratedItemType, id: r.itemId })),
    );
    const seen = new Set<string>();
    return rows.flatMap((r) => {
      const key = refKey({ type: r.itemType as CuratedItemType, id: r.itemId });
      const entry = entries.get(key);
      if (!entry || seen.has(key)) return [];
      seen.add(key);
      return [{ id: r.id, regionId: r.regionId, pinned: r.pinned, featuredAt: r.featuredAt, entry }];
    });
  }

  async feature(
    actor: Actor,
    input: { regionId: string; itemType: CuratedItemType; itemId: string; pinned: boolean },
  ) {
    const region = this.directory.getRegion(input.regionId);
    if (!isAdmin(actor) && !actor.coordinatorRegionIds.includes(region.id)) {
      throw new ForbiddenError(`Alleen coördinatoren van ${region.name} kunnen daar iets uitlichten.`);
    }
    if (input.itemType === CuratedItemType.ANSWER) {
      throw new BadUserInputError('Licht de vraag uit, niet een los antwoord.', { argument: 'itemType' });
    }
    const ref = { type: input.itemType, id: input.itemId };
    const entry = (await this.catalog.load(actor, [ref])).get(refKey(ref));
    if (!entry)
      throw new NotFoundError(`Onbekend onderdeel ${ref.type} '${ref.id}'.`, { argument: 'itemId' });
    const now = this.clock.now();
    const row = await this.repository.transaction(async (m) => {
      const existing = await this.repository.findFeaturedItem(region.id, ref.type, ref.id, m);
      const saved = await this.repository.saveFeatured(
        Object.assign(existing ?? new FeaturedItemEntity(), {
          id: existing?.id ?? randomUUID(),
          regionId: region.id,
          itemType: ref.type,
          itemId: ref.id,
          pinned: input.pinned,
          featuredBy: actor.userId,
          featuredAt: existing?.featuredAt ?? now,
        }),
        m,
      );
      await this.audit.record('ITEM_FEATURED', { actorUserId: actor.userId, details: { ...input } }, m);
      return saved;
    });
    return { id: row.id, regionId: row.regionId, pinned: row.pinned, featuredAt: row.featuredAt, entry };
  }

  async unfeature(actor: Actor, id: string): Promise<boolean> {
    const row = await this.repository.findFeatured(id);
    if (!row) throw new NotFoundError(`Onbekend uitgelicht item '${id}'.`, { argument: 'id', value: id });
    if (!isAdmin(actor) && !actor.coordinatorRegionIds.includes(row.regionId)) {
      throw new ForbiddenError('Alleen coördinatoren van de regio kunnen dit wijzigen.');
    }
    await this.repository.transaction(async (m) => {
      await this.repository.deleteFeatured(id, m);
      await this.audit.record(
        'ITEM_UNFEATURED',
        { actorUserId: actor.userId, details: { id, itemId: row.itemId } },
        m,
      );
    });
    return true;
  }

  // ---- the region overview -------------------------------------------------------------------

  /**
   * A coordinator's overview of a region: per gemeente (by the author's), what was asked, answered
   * and published in the last `days` days and what stands open now, counted over what the actor
   * may see (the same rule as every list). A handful of grouped counts, however many gemeenten.
   */
  async regionOverview(actor: Actor, regionId: string, days: number): Promise<RegionOverview> {
    this.requireCurator(actor, 'het regio-overzicht te zien');
    if (!Number.isInteger(days) || days < OVERVIEW_DAYS.min || days > OVERVIEW_DAYS.max) {
      throw new BadUserInputError(
        `Kies een periode van ${OVERVIEW_DAYS.min} tot ${OVERVIEW_DAYS.max} dagen.`,
        { argument: 'days', value: days },
      );
    }
    const region = this.directory.getRegion(regionId);
    const members = this.directory.membersOf(region.id);
    const asOf = this.clock.now();
    const since = new Date(asOf.getTime() - days * DAY_MS);
    const activity = await this.catalog.activity(
      actor,
      members.map((m) => m.code),
      since,
      asOf,
    );
    const municipalities = members.map((municipality) => ({
      municipality,
      activity: activity.get(municipality.code) ?? NO_ACTIVITY,
    }));
    const totals: Record<keyof ContentActivity, number> = { ...NO_ACTIVITY };
    for (const { activity: a } of municipalities) {
      for (const key of Object.keys(totals) as (keyof ContentActivity)[]) totals[key] += a[key];
    }
    return { region, days, since, asOf, municipalities, totals };
  }

  // ---- flags and the review queue ------------------------------------------------------------

  async flag(
    actor: Actor,
    input: { itemType: CuratedItemType; itemId: string; reason: FlagReason; comment?: string | null },
  ) {
    const ref = { type: input.itemType, id: input.itemId };
    const entry = (await this.catalog.load(actor, [ref])).get(refKey(ref));
    if (!entry)
      throw new NotFoundError(`Onbekend onderdeel ${ref.type} '${ref.id}'.`, { argument: 'itemId' });
    const now = this.clock.now();
    const row = Object.assign(new ContentFlagEntity(), {
      id: randomUUID(),
      itemType: ref.type,
      itemId: ref.id,
      reason: input.reason,
      comment: (input.comment ?? '').trim(),
      createdBy: actor.userId,
      municipalityCode: entry.municipalityCode,
      createdAt: now,
      resolvedAt: null,
      resolvedBy: null,
      resolution: null,
    });
    await this.repository.transaction(async (m) => {
      await this.repository.insertFlag(row, m);
      await recordEvents(
        m,
        [{ type: 'content.flagged', aggregateType: 'flag', aggregateId: row.id, payload: { ...ref } }],
        now,
      );
    });
    return { entity: row, entry };
  }

  async resolveFlag(actor: Actor, id: string, resolution: string): Promise<Flag> {
    const row = await this.repository.findFlag(id);
    if (!row || !this.policy.coordinates(actor, row.municipalityCode)) {
      throw new NotFoundError(`Onbekende melding '${id}'.`, { argument: 'id', value: id });
    }
    if (row.resolvedAt) throw new ConflictError('Deze melding is al afgehandeld.', { argument: 'id' });
    const ref = { type: row.itemType as CuratedItemType, id: row.itemId };
    const entry = (await this.catalog.load(actor, [ref])).get(refKey(ref));
    const now = this.clock.now();
    Object.assign(row, { resolvedAt: now, resolvedBy: actor.userId, resolution: resolution.trim() });
    await this.repository.transaction(async (m) => {
      await this.repository.saveFlag(row, m);
      await this.audit.record(
        'FLAG_RESOLVED',
        { actorUserId: actor.userId, details: { flagId: id, resolution } },
        m,
      );
    });
    return {
      entity: row,
      entry: entry ?? { ref, value: {}, title: '', municipalityCode: row.municipalityCode },
    };
  }

  /** The coordinator's queue: submitted reports, open flags and expired ("geldig tot") content. */
  async reviewQueue(actor: Actor): Promise<ReviewQueue> {
    this.requireCurator(actor, 'de beoordelingslijst te zien');
    const municipalities = isAdmin(actor)
      ? null
      : [
          ...new Set(
            actor.coordinatorRegionIds.flatMap((r) => this.directory.membersOf(r).map((m) => m.code)),
          ),
        ];
    const [submittedReports, flagRows, expired] = await Promise.all([
      this.catalog.submittedReports(actor),
      this.repository.openFlags(municipalities),
      this.catalog.expired(actor, this.clock.now()),
    ]);
    const entries = await this.catalog.load(
      actor,
      flagRows.map((f) => ({ type: f.itemType as CuratedItemType, id: f.itemId })),
    );
    const flags = flagRows.flatMap((entity) => {
      const entry = entries.get(refKey({ type: entity.itemType as CuratedItemType, id: entity.itemId }));
      return entry ? [{ entity, entry }] : [];
    });
    return { submittedReports, flags, expired };
  }

  private requireCurator(actor: Actor, what: string): void {
    if (!isAdmin(actor) && !isCoordinator(actor)) {
      throw new ForbiddenError(`Alleen coördinatoren en beheerders mogen ${what}.`);
    }
  }
}

function dossierNotFound(id: string): NotFoundError {
  return new NotFoundError(`Onbekend dossier '${id}'.`, { argument: 'id', value: id });
}

function staleVersion(what: string, id: string, current: number): ConflictError {
  return new ConflictError(
    `Iemand anders heeft dit ${what} intussen gewijzigd (versie ${current}); laad het opnieuw.`,
    { argument: 'expectedVersion', id, currentVersion: current },
  );
}

export type { ItemRef };
