import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MunicipalityModel, RegionModel } from '@ksp/directory';
import { AudienceModel } from '@ksp/identity';
import { ConnectionType } from '@ksp/shared';
import { CuratedItemType } from './content-catalog';
import { FlagReason } from './curation.service';

registerEnumType(CuratedItemType, { name: 'CuratedItemType' });
registerEnumType(FlagReason, {
  name: 'FlagReason',
  valuesMap: {
    OUTDATED: { description: 'Verouderd.' },
    INCORRECT: { description: 'Onjuist.' },
    INAPPROPRIATE: { description: 'Ongepast.' },
    DUPLICATE: { description: 'Dubbel.' },
    OTHER: { description: 'Anders.' },
  },
});

@ObjectType('TagSynonymGroup')
export class TagSynonymGroupModel {
  @Field({ description: 'De hoofdtag.' }) canonical!: string;
  @Field(() => [String]) synonyms!: string[];
}

/** One item in a dossier, the featured list or a flag: `item` is the Question/Report/… itself. */
@ObjectType('DossierItem')
export class DossierItemModel {
  @Field(() => Int) position!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => CuratedItemType) itemType!: CuratedItemType;
  @Field(() => ID) itemId!: string;
  @Field() title!: string;
}

@ObjectType('Dossier')
export class DossierModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Markdown.' }) introduction!: string;
  @Field({ description: 'The introduction as safe HTML.' }) introductionHtml!: string;
  @Field(() => AudienceModel) audience!: AudienceModel;
  @Field(() => [DossierItemModel], { description: 'Only the items the reader may see, in order.' })
  items!: DossierItemModel[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;
  @Field({ description: 'Whether the reader may edit this dossier.' }) viewerCanEdit!: boolean;
}

@ObjectType('FeaturedItem')
export class FeaturedItemModel {
  @Field(() => ID) id!: string;
  @Field() regionId!: string;
  @Field() pinned!: boolean;
  @Field(() => GraphQLISODateTime) featuredAt!: Date;
  @Field(() => CuratedItemType) itemType!: CuratedItemType;
  @Field(() => ID) itemId!: string;
  @Field() title!: string;
}

@ObjectType('ContentFlag')
export class ContentFlagModel {
  @Field(() => ID) id!: string;
  @Field(() => CuratedItemType) itemType!: CuratedItemType;
  @Field(() => ID) itemId!: string;
  @Field() title!: string;
  @Field(() => FlagReason) reason!: FlagReason;
  @Field() comment!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => String, { nullable: true }) resolution!: string | null;
}

@ObjectType('ReviewQueueEntry')
export class ReviewQueueEntryModel {
  @Field(() => CuratedItemType) itemType!: CuratedItemType;
  @Field(() => ID) itemId!: string;
  @Field() title!: string;
}

@ObjectType('ReviewQueue')
export class ReviewQueueModel {
  @Field(() => [ReviewQueueEntryModel], { description: 'Ingediende rapporten die wachten op publicatie.' })
  submittedReports!: ReviewQueueEntryModel[];
  @Field(() => [ContentFlagModel], { description: 'Open meldingen over inhoud.' })
  flags!: ContentFlagModel[];
  @Field(() => [ReviewQueueEntryModel], {
    description: 'Antwoorden en rapporten waarvan de "geldig tot"-datum verstreken is: opnieuw controleren.',
  })
  expired!: ReviewQueueEntryModel[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('ContentActivity', {
  description:
    'Wat de mensen van een gemeente deden, geteld over wat de lezer mag zien: in de periode gesteld, ' +
    'beantwoord en gepubliceerd; nu open, verlopen zonder antwoord, ter beoordeling en vindbaar.',
})
export class ContentActivityModel {
  @Field(() => Int, { description: 'Vragen gesteld in de periode (gemeente van de vraagsteller).' })
  questionsAsked!: number;
  @Field(() => Int, { description: 'Antwoorden gegeven in de periode (gemeente van wie antwoordde).' })
  answersGiven!: number;
  @Field(() => Int, { description: 'Rapporten gepubliceerd in de periode (gemeente van de indiener).' })
  reportsPublished!: number;
  @Field(() => Int, { description: 'Open vragen, nu.' }) openQuestions!: number;
  @Field(() => Int, { description: 'Open vragen waarvan de deadline verstreken is, zonder antwoord.' })
  overdueQuestions!: number;
  @Field(() => Int, { description: 'Rapporten die nu op beoordeling wachten.' }) reportsInReview!: number;
  @Field(() => Int, { description: 'Expertiseprofielen met toestemming om gevonden te worden.' })
  findableExperts!: number;
}

@ObjectType('MunicipalityActivity')
export class MunicipalityActivityModel {
  @Field(() => MunicipalityModel) municipality!: MunicipalityModel;
  @Field(() => ContentActivityModel) activity!: ContentActivityModel;
}

@ObjectType('RegionOverview')
export class RegionOverviewModel {
  @Field(() => RegionModel) region!: RegionModel;
  @Field(() => Int, { description: 'The period: the last this many days.' }) days!: number;
  @Field(() => GraphQLISODateTime, { description: 'The start of the period.' }) since!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it was counted (the end of the period).' })
  asOf!: Date;
  @Field(() => [MunicipalityActivityModel], { description: 'Every gemeente of the region, by name.' })
  municipalities!: MunicipalityActivityModel[];
  @Field(() => ContentActivityModel, { description: 'The sums over the gemeenten.' })
  totals!: ContentActivityModel;
}

export const DossierConnection = ConnectionType(DossierModel, 'Dossier');
