import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@ksp/shared';
import { AddresseeStatus, QuestionSort, QuestionStatus } from '../question.types';

registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  valuesMap: { OPEN: { description: 'Open voor antwoorden.' }, CLOSED: { description: 'Gesloten.' } },
});
registerEnumType(AddresseeStatus, {
  name: 'AddresseeStatus',
  description: 'De reactie van een aangeschreven gemeente.',
  valuesMap: {
    PENDING: { description: 'Nog geen reactie.' },
    ANSWERED: { description: 'Iemand van deze gemeente heeft geantwoord.' },
    DECLINED: { description: 'De gemeente ziet af, met een reden.' },
  },
});
registerEnumType(QuestionSort, {
  name: 'QuestionSort',
  valuesMap: {
    NEWEST: { description: 'Nieuwste eerst (standaard).' },
    OLDEST: { description: 'Oudste eerst.' },
    MOST_ME_TOO: { description: 'Meeste "ik wil dit ook weten" eerst.' },
    DEADLINE: { description: 'Vroegste deadline eerst; vragen zonder deadline achteraan.' },
  },
});

/**
 * Who wrote a question or an answer, as others see them: name and organisation, never an email
 * address. `organisation` resolves in one batch per request.
 */
@ObjectType('QuestionAuthor', { description: 'De auteur van een vraag of antwoord.' })
export class QuestionAuthorModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  /** Resolved to `organisation` (not a field). */
  organisationCode!: string;
}

/** An answer to a question. `citedReports` is added by the reports library. */
@ObjectType('Answer')
export class AnswerModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) questionId!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => QuestionAuthorModel) author!: QuestionAuthorModel;
  @Field() accepted!: boolean;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '"Geldig tot": daarna wordt het antwoord gemarkeerd om opnieuw te bekijken.',
  })
  validUntil!: Date | null;
  /** Exposed (filtered to what the reader may see) by the reports library: `citedReportIds`, `citedReports`. */
  citedReportIds!: string[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

/** A gemeente a question is addressed to, with its reply. */
@ObjectType('QuestionAddressee')
export class QuestionAddresseeModel {
  /** Resolved to `municipality` (not a field). */
  municipalityCode!: string;
  @Field(() => AddresseeStatus) status!: AddresseeStatus;
  @Field(() => String, { nullable: true, description: 'Why the gemeente declined.' }) reason!: string | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

/** A question; nested fields resolve in one batch per request (QuestionResolver). */
@ObjectType('Question')
export class QuestionModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => QuestionStatus) status!: QuestionStatus;
  @Field(() => QuestionAuthorModel) author!: QuestionAuthorModel;
  @Field(() => GraphQLISODateTime, { nullable: true }) deadline!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was closed.' }) closedReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int) answerCount!: number;
  @Field(() => Int) followerCount!: number;
  @Field(() => Int, { description: '"Ik wil dit ook weten".' }) meTooCount!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

export const QuestionConnection = ConnectionType(QuestionModel, 'Question');
