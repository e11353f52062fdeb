import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AudienceInput } from '@ksp/identity';
import { ForwardPaginationArgs, StringListField } from '@ksp/shared';
import { LIMITS } from '../question.rules';
import { QuestionSort, QuestionStatus } from '../question.types';

// Lengths are checked here loosely (a little above the limits, against abuse) and precisely, after
// trimming and with a Dutch message naming the argument, in QuestionsService.
const SLACK = 1000;

@InputType()
export class AskQuestionInput {
  @Field() @IsString() @MaxLength(LIMITS.titleMax + SLACK) title!: string;
  @Field({ description: 'Markdown.' }) @IsString() @MaxLength(LIMITS.bodyMax + SLACK) body!: string;
  @StringListField({
    description: 'BBV taakvelden (or hoofdstukken), at least one: ["6.72"].',
    maxItems: LIMITS.policyDomainsMax * 2,
    maxLength: 16,
  })
  policyDomainCodes!: string[];
  @StringListField({
    nullable: true,
    description: 'Free tags.',
    maxItems: LIMITS.tagsMax * 2,
    maxLength: 100,
  })
  tags?: string[] | null;
  @Field(() => AudienceInput)
  @ValidateNested()
  @Type(() => AudienceInput)
  audience!: AudienceInput;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  deadline?: Date | null;
}

@InputType({ description: 'Omitted fields stay as they are; `deadline: null` removes the deadline.' })
export class UpdateQuestionInput {
  @Field(() => ID) @IsString() @MaxLength(36) id!: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion!: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.titleMax + SLACK)
  title?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.bodyMax + SLACK)
  body?: string | null;
  @StringListField({ nullable: true, maxItems: LIMITS.policyDomainsMax * 2, maxLength: 16 })
  policyDomainCodes?: string[] | null;
  @StringListField({ nullable: true, maxItems: LIMITS.tagsMax * 2, maxLength: 100 })
  tags?: string[] | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  deadline?: Date | null;
}

@InputType()
export class AnswerQuestionInput {
  @Field(() => ID) @IsString() @MaxLength(36) questionId!: string;
  @Field({ description: 'Markdown.' }) @IsString() @MaxLength(LIMITS.bodyMax + SLACK) body!: string;
  @StringListField({
    nullable: true,
    description: 'Reports the answer cites (visible to you).',
    ids: true,
    maxItems: LIMITS.citationsMax * 2,
    maxLength: 36,
  })
  citedReportIds?: string[] | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '"Geldig tot".' })
  @IsOptional()
  @IsDate()
  validUntil?: Date | null;
}

@InputType({ description: 'Omitted fields stay as they are; `validUntil: null` removes the date.' })
export class UpdateAnswerInput {
  @Field(() => ID) @IsString() @MaxLength(36) id!: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion!: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.bodyMax + SLACK)
  body?: string | null;
  @StringListField({ nullable: true, ids: true, maxItems: LIMITS.citationsMax * 2, maxLength: 36 })
  citedReportIds?: string[] | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  validUntil?: Date | null;
}

@InputType()
export class QuestionFilterInput {
  @StringListField({
    nullable: true,
    description: "Any of these taakvelden or hoofdstukken, with everything below them ('6' finds 6.71).",
    maxItems: 50,
    maxLength: 16,
  })
  policyDomainCodes?: string[] | null;
  @Field(() => String, { nullable: true, description: "The asker's gemeente (CBS code)." })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: "The asker's gemeente is in this region." })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  regionId?: string | null;
  @Field(() => QuestionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(QuestionStatus)
  status?: QuestionStatus | null;
  @Field(() => Int, { nullable: true, description: 'The year it was asked.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;
  @Field(() => String, { nullable: true, description: 'A tag; its synonyms match too.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  tag?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() askedByMe?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() followedByMe?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Addressed to the gemeente of the reader.' })
  @IsOptional()
  @IsBoolean()
  addressedToMyMunicipality?: boolean | null;
}

@ArgsType()
export class QuestionsArgs extends ForwardPaginationArgs {
  @Field(() => QuestionFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionFilterInput)
  filter?: QuestionFilterInput | null;
  @Field(() => QuestionSort, { nullable: true, defaultValue: QuestionSort.NEWEST })
  @IsOptional()
  @IsEnum(QuestionSort)
  sort?: QuestionSort | null;
}
