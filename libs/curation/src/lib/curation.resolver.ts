import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, PolicyService, type Actor } from '@ksp/identity';
import { Public, renderMarkdown } from '@ksp/shared';
import type { CatalogEntry } from './content-catalog';
import { CuratedItemUnion, itemOf } from './curated-item';
import {
  CreateDossierInput,
  DossiersArgs,
  FeatureItemInput,
  FlagContentInput,
  RegionOverviewArgs,
  UpdateDossierInput,
} from './curation.inputs';
import {
  ContentFlagModel,
  DossierConnection,
  DossierItemModel,
  DossierModel,
  FeaturedItemModel,
  RegionOverviewModel,
  ReviewQueueEntryModel,
  ReviewQueueModel,
  TagSynonymGroupModel,
} from './curation.models';
import { CurationService, type Dossier, type FeaturedItem, type Flag } from './curation.service';

/** The internal link from a model to the item it shows (for the `item` union field). */
export const ENTRY = Symbol('entry');
type WithEntry<T> = T & { [ENTRY]: CatalogEntry };

const entryModel = (e: CatalogEntry): WithEntry<ReviewQueueEntryModel> => ({
  itemType: e.ref.type,
  itemId: e.ref.id,
  title: e.title,
  [ENTRY]: e,
});

function flagModel(f: Flag): WithEntry<ContentFlagModel> {
  return {
    id: f.entity.id,
    itemType: f.entry.ref.type,
    itemId: f.entry.ref.id,
    title: f.entry.title,
    reason: f.entity.reason as ContentFlagModel['reason'],
    comment: f.entity.comment,
    createdAt: f.entity.createdAt,
    resolvedAt: f.entity.resolvedAt,
    resolution: f.entity.resolution,
    [ENTRY]: f.entry,
  };
}

const featuredModel = (f: FeaturedItem): WithEntry<FeaturedItemModel> => ({
  id: f.id,
  regionId: f.regionId,
  pinned: f.pinned,
  featuredAt: f.featuredAt,
  itemType: f.entry.ref.type,
  itemId: f.entry.ref.id,
  title: f.entry.title,
  [ENTRY]: f.entry,
});

/** A dossier as the GraphQL `Dossier` for this reader (also used for search hits). */
export function toDossierModel(policy: PolicyService, actor: Actor | null, d: Dossier): DossierModel {
  const e = d.entity;
  return {
    id: e.id,
    title: e.title,
    introduction: e.introduction,
    introductionHtml: renderMarkdown(e.introduction),
    audience: {
      scope: e.scope as DossierModel['audience']['scope'],
      regionIds: JSON.parse(e.audienceRegionIds) as string[],
      municipalityCodes: JSON.parse(e.audienceMunicipalityCodes) as string[],
    },
    items: d.items.map((i): WithEntry<DossierItemModel> => ({
      position: i.position,
      note: i.note,
      itemType: i.entry.ref.type,
      itemId: i.entry.ref.id,
      title: i.entry.title,
      [ENTRY]: i.entry,
    })),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
    viewerCanEdit:
      !!actor && (e.createdBy === actor.userId || policy.coordinates(actor, e.createdByMunicipalityCode)),
  };
}

@Resolver(() => DossierModel)
export class CurationResolver {
  constructor(
    private readonly curation: CurationService,
    private readonly policy: PolicyService,
  ) {}

  private dossierModel(actor: Actor | null, d: Dossier): DossierModel {
    return toDossierModel(this.policy, actor, d);
  }

  @Public()
  @Query(() => DossierModel, { description: 'Een dossier; NOT_FOUND als u het niet mag zien.' })
  async dossier(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.dossierModel(actor, await this.curation.dossier(actor, id));
  }

  @Public()
  @Query(() => DossierConnection)
  async dossiers(@CurrentActor() actor: Actor | null, @Args() args: DossiersArgs) {
    const page = await this.curation.dossiers(actor, { containingItemId: args.containingItemId }, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: this.dossierModel(actor, e.node) })) };
  }

  @Mutation(() => DossierModel, { description: 'Coördinator: een nieuw dossier.' })
  async createDossier(@CurrentActor() actor: Actor, @Args('input') input: CreateDossierInput) {
    return this.dossierModel(actor, await this.curation.createDossier(actor, input));
  }

  @Mutation(() => DossierModel)
  async updateDossier(@CurrentActor() actor: Actor, @Args('input') input: UpdateDossierInput) {
    return this.dossierModel(
      actor,
      await this.curation.updateDossier(actor, input.id, input.expectedVersion, input),
    );
  }

  @Mutation(() => Boolean)
  deleteDossier(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.curation.deleteDossier(actor, id);
  }

  @Public()
  @Query(() => [FeaturedItemModel], {
    description: "Uitgelicht in een regio (standaard: de regio's van uw gemeente), vastgepinde eerst.",
  })
  async featuredItems(
    @CurrentActor() actor: Actor | null,
    @Args('regionId', { type: () => String, nullable: true }) regionId: string | null,
  ) {
    return (await this.curation.featured(actor, regionId ?? null)).map(featuredModel);
  }

  @Mutation(() => FeaturedItemModel, { description: 'Coördinator: licht een vraag, rapport of profiel uit.' })
  async featureItem(@CurrentActor() actor: Actor, @Args('input') input: FeatureItemInput) {
    return featuredModel(await this.curation.feature(actor, input));
  }

  @Mutation(() => Boolean)
  unfeatureItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.curation.unfeature(actor, id);
  }

  @Mutation(() => ContentFlagModel, {
    description: 'Meld inhoud bij de coördinator (verouderd, onjuist, …).',
  })
  async flagContent(@CurrentActor() actor: Actor, @Args('input') input: FlagContentInput) {
    return flagModel(await this.curation.flag(actor, input));
  }

  @Mutation(() => ContentFlagModel)
  async resolveFlag(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('resolution') resolution: string,
  ) {
    return flagModel(await this.curation.resolveFlag(actor, id, resolution));
  }

  @Query(() => ReviewQueueModel, { description: 'Coördinator: wat op beoordeling wacht.' })
  async reviewQueue(@CurrentActor() actor: Actor): Promise<ReviewQueueModel> {
    const q = await this.curation.reviewQueue(actor);
    return {
      submittedReports: q.submittedReports.map(entryModel),
      flags: q.flags.map(flagModel),
      expired: q.expired.map(entryModel),
      totalCount: q.submittedReports.length + q.flags.length + q.expired.length,
    };
  }

  @Query(() => RegionOverviewModel, {
    description: 'Coördinator: de kennisuitwisseling in een regio per gemeente, geteld over wat u mag zien.',
  })
  regionOverview(@CurrentActor() actor: Actor, @Args() args: RegionOverviewArgs) {
    return this.curation.regionOverview(actor, args.regionId, args.days);
  }

  @Public()
  @Query(() => [TagSynonymGroupModel], { description: 'De tagsynoniemen van de hub.' })
  tagSynonyms() {
    return this.curation.tagSynonyms();
  }

  @Mutation(() => TagSynonymGroupModel, {
    description: 'Coördinator: de synoniemen van een hoofdtag (vervangt de vorige lijst).',
  })
  setTagSynonyms(
    @CurrentActor() actor: Actor,
    @Args('canonical') canonical: string,
    @Args('synonyms', { type: () => [String] }) synonyms: string[],
  ) {
    return this.curation.setTagSynonyms(actor, canonical, synonyms);
  }
}

/** `item` of everything curation lists: the question, answer, report or profile itself. */
@Resolver(() => DossierItemModel)
export class DossierItemResolver {
  @ResolveField(() => CuratedItemUnion)
  item(@Parent() m: WithEntry<DossierItemModel>): object {
    return itemOf(m[ENTRY]);
  }
}

@Resolver(() => FeaturedItemModel)
export class FeaturedItemResolver {
  @ResolveField(() => CuratedItemUnion)
  item(@Parent() m: WithEntry<FeaturedItemModel>): object {
    return itemOf(m[ENTRY]);
  }
}

@Resolver(() => ContentFlagModel)
export class ContentFlagResolver {
  @ResolveField(() => CuratedItemUnion, { nullable: true })
  item(@Parent() m: WithEntry<ContentFlagModel>): object | null {
    return m[ENTRY].title ? itemOf(m[ENTRY]) : null;
  }
}

@Resolver(() => ReviewQueueEntryModel)
export class ReviewQueueEntryResolver {
  @ResolveField(() => CuratedItemUnion)
  item(@Parent() m: WithEntry<ReviewQueueEntryModel>): object {
    return itemOf(m[ENTRY]);
  }
}
