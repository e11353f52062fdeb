import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MunicipalityModel } from '@ksp/directory';
import { ExpertiseProfileModel } from '@ksp/expertise';
import { QuestionModel } from '@ksp/questions';
import { ReportModel } from '@ksp/reports';
import { ConnectionType } from '@ksp/shared';
import { DeclineReason, RoutingStatus } from '../matching.types';

registerEnumType(RoutingStatus, {
  name: 'RoutingStatus',
  description: 'De stand van een vraag die aan een expert is doorgestuurd.',
  valuesMap: {
    ROUTED: { description: 'Staat in "Vragen voor jou" en wacht op een antwoord.' },
    DECLINED: { description: 'De expert heeft afgezien (met een reden).' },
    ANSWERED: { description: 'De expert heeft de vraag beantwoord.' },
    ESCALATED: {
      description: 'Niet op tijd beantwoord: ook naar de volgende experts gestuurd (u kunt nog antwoorden).',
    },
    CLOSED: { description: 'De vraag is gesloten of heeft een geaccepteerd antwoord.' },
  },
});

registerEnumType(DeclineReason, {
  name: 'RoutingDeclineReason',
  description: 'Waarom een expert een doorgestuurde vraag niet oppakt.',
  valuesMap: {
    NOT_MY_EXPERTISE: {
      description: 'Niet mijn expertise: u krijgt minder vergelijkbare vragen doorgestuurd.',
    },
    NO_CAPACITY: { description: 'Geen tijd op dit moment (telt niet mee voor uw expertise).' },
    OTHER: { description: 'Een andere reden (licht die toe in note).' },
  },
});

@ObjectType('ExpertMatch', { description: 'Een expert die bij een vraag past, met waarom.' })
export class ExpertMatchModel {
  @Field(() => ExpertiseProfileModel) profile!: ExpertiseProfileModel;
  @Field(() => Float, { description: 'Hoe goed het past, van 0 tot 1 (vergelijkbaar binnen één antwoord).' })
  score!: number;
  @Field(() => [String], {
    description: 'Redenen in gewone taal, bijvoorbeeld "taakveld 6.3 Inkomensregelingen".',
  })
  reasons!: string[];
  @Field({
    description:
      'Of de expert nu vragen doorgestuurd kan krijgen (beschikbaar, onder het maximum aan open vragen).',
  })
  routable!: boolean;
}

@ObjectType('ReportMatch', { description: 'Een rapport dat bij een vraag of rapport past, met waarom.' })
export class ReportMatchModel {
  @Field(() => ReportModel) report!: ReportModel;
  @Field(() => Float) score!: number;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType('QuestionMatch', {
  description: 'Een eerdere vraag met een geaccepteerd antwoord die bij een vraag past, met waarom.',
})
export class QuestionMatchModel {
  @Field(() => QuestionModel) question!: QuestionModel;
  @Field(() => Float) score!: number;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType('Matches', {
  description:
    'Wat er al is: experts, rapporten en beantwoorde vragen, het best passende eerst. Alleen wat u mag zien.',
})
export class MatchesModel {
  @Field(() => [ExpertMatchModel]) experts!: ExpertMatchModel[];
  @Field(() => [ReportMatchModel]) reports!: ReportMatchModel[];
  @Field(() => [QuestionMatchModel]) questions!: QuestionMatchModel[];
}

@ObjectType('PersonMatch', {
  description:
    'Iemand die een rapport goed kan gebruiken: wie ernaar vroeg, of wie eraan werkt (met toestemming).',
})
export class PersonMatchModel {
  @Field(() => ID, { nullable: true, description: 'De gebruiker, als het een persoon met account is.' })
  userId!: string | null;
  @Field() displayName!: string;
  @Field(() => ExpertiseProfileModel, { nullable: true, description: 'Het expertiseprofiel, als dat er is.' })
  profile!: ExpertiseProfileModel | null;
  @Field(() => [QuestionModel], { description: 'Hun vragen over dit onderwerp die u mag zien.' })
  questions!: QuestionModel[];
  @Field(() => Float) score!: number;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType('RoutedQuestion', {
  description: 'Een vraag in "Vragen voor jou": aan u doorgestuurd, met waarom.',
})
export class RoutedQuestionModel {
  @Field(() => ID) id!: string;
  @Field(() => QuestionModel) question!: QuestionModel;
  @Field(() => RoutingStatus) status!: RoutingStatus;
  @Field(() => Int, { description: '0: bij het plaatsen; 1 en hoger: na escalatie.' }) round!: number;
  @Field(() => Float) score!: number;
  @Field(() => [String], { description: 'Waarom deze vraag bij u past.' }) reasons!: string[];
  @Field(() => GraphQLISODateTime) routedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) respondedAt!: Date | null;
  @Field(() => DeclineReason, { nullable: true }) declineReason!: DeclineReason | null;
  @Field(() => String, { nullable: true }) declineNote!: string | null;
}

@ObjectType('EscalatedQuestion', {
  description: 'Een vraag uit uw regio die niet op tijd is beantwoord en naar volgende experts is gestuurd.',
})
export class EscalatedQuestionModel {
  @Field(() => ID) id!: string;
  @Field(() => QuestionModel) question!: QuestionModel;
  @Field(() => MunicipalityModel, { nullable: true, description: 'De gemeente van de vraagsteller.' })
  municipality!: MunicipalityModel | null;
  @Field(() => Int, { description: 'De hoeveelste escalatie (1, 2, …).' }) round!: number;
  @Field(() => Int, { description: 'Naar hoeveel volgende experts (0: er was niemand meer).' })
  routedTo!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export const RoutedQuestionConnection = ConnectionType(RoutedQuestionModel, 'RoutedQuestion');
export const EscalatedQuestionConnection = ConnectionType(EscalatedQuestionModel, 'EscalatedQuestion');
