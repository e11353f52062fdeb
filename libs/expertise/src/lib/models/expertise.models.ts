import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PolicyDomainModel } from '@ksp/directory';
import { ConnectionType } from '@ksp/shared';
import { Availability, ConsentMethod, ExpertiseLevel, ExpertiseProfileKind } from '../expertise.types';

registerEnumType(ExpertiseProfileKind, {
  name: 'ExpertiseProfileKind',
  description: 'Wiens expertise een profiel beschrijft.',
  valuesMap: {
    USER: { description: 'Een gebruiker van de hub (één profiel per gebruiker).' },
    ORGANISATION: { description: 'Een organisatie, bijvoorbeeld een kennisinstelling.' },
    RESIDENT: { description: 'Een inwoner zonder account, vastgelegd door een coördinator.' },
  },
});
registerEnumType(ExpertiseLevel, {
  name: 'ExpertiseLevel',
  description: 'Niveau van expertise in een taakveld.',
  valuesMap: {
    BASIS: { description: 'Basiskennis.' },
    GEVORDERD: { description: 'Gevorderd.' },
    EXPERT: { description: 'Expert.' },
  },
});
registerEnumType(Availability, {
  name: 'ExpertiseAvailability',
  description: 'Beschikbaarheid voor vragen.',
  valuesMap: {
    AVAILABLE: { description: 'Beschikbaar.' },
    LIMITED: { description: 'Beperkt beschikbaar.' },
    UNAVAILABLE: { description: 'Niet beschikbaar (krijgt geen vragen doorgestuurd).' },
  },
});
registerEnumType(ConsentMethod, {
  name: 'ConsentMethod',
  description: 'Hoe de toestemming om aanbevolen te worden is gegeven.',
  valuesMap: {
    SCHRIFTELIJK: { description: 'Schriftelijk (op papier, ondertekend).' },
    EMAIL: { description: 'Per e-mail.' },
    MONDELING: { description: 'Mondeling (telefonisch of in persoon).' },
    FORMULIER: { description: 'Via een formulier, zoals het profielformulier van de hub.' },
  },
});

/** A person named on a profile (who recorded consent): never an email address. */
@ObjectType('ExpertiseProfilePerson')
export class ExpertiseProfilePersonModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType('ExpertiseConsent', {
  description: 'De toestemming die geldt: hoe, wanneer en door wie vastgelegd.',
})
export class ExpertiseConsentModel {
  @Field(() => ConsentMethod) method!: ConsentMethod;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field(() => ExpertiseProfilePersonModel) recordedBy!: ExpertiseProfilePersonModel;
}

@ObjectType('ExpertiseProfilePolicyDomain', { description: 'Een taakveld met het niveau van de houder.' })
export class ExpertiseProfilePolicyDomainModel {
  @Field(() => PolicyDomainModel) domain!: PolicyDomainModel;
  @Field(() => ExpertiseLevel) level!: ExpertiseLevel;
}

@ObjectType('ExpertiseStatistics', { description: 'Afgeleid uit activiteit in vragen en antwoorden.' })
export class ExpertiseStatisticsModel {
  @Field(() => Int) answersGiven!: number;
  @Field(() => Int) acceptedAnswers!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Mediaan van de minuten tussen een vraag en het eerste antwoord van de houder erop.',
  })
  medianMinutesToFirstAnswer!: number | null;
}

/**
 * An expertise profile; nested fields (organisation, taakvelden, keywords, statistics) resolve in
 * one batch per request (ExpertiseProfileResolver).
 */
@ObjectType('ExpertiseProfile')
export class ExpertiseProfileModel {
  @Field(() => ID) id!: string;
  @Field(() => ExpertiseProfileKind) kind!: ExpertiseProfileKind;
  @Field({
    description: 'USER: the display name of the user; ORGANISATION: its name; RESIDENT: as recorded.',
  })
  displayName!: string;
  @Field({ description: 'Markdown or plain text (at most 1000 characters).' }) bio!: string;
  @Field(() => Availability) availability!: Availability;
  @Field(() => Int, { description: 'At most this many routed open questions at once (0–50).' })
  maxOpenQuestions!: number;
  @Field({
    description: 'Explicit consent to be found and recommended (without it only the holder sees it).',
  })
  consentToRecommend!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

export const ExpertiseProfileConnection = ConnectionType(ExpertiseProfileModel, 'ExpertiseProfile');
