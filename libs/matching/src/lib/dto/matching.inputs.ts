import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ForwardPaginationArgs, StringListField } from '@ksp/shared';
import { DeclineReason, RoutingStatus } from '../matching.types';

// Sizes are checked here loosely (against abuse) and precisely, with a Dutch message naming the
// argument, in MatchingService.
const SLACK = 1000;

@InputType('DraftMatchInput', { description: 'Een vraag die u nog aan het typen bent.' })
export class DraftMatchInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200 + SLACK) title?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Markdown or plain text.' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000 + SLACK)
  body?: string | null;
  @StringListField({
    nullable: true,
    description: 'BBV taakvelden, e.g. "6.752" (at most 10).',
    maxItems: 50,
    maxLength: 16,
  })
  policyDomainCodes?: string[] | null;
}

/** How many matches of each kind (0–20; defaults 5). */
@ArgsType()
export class MatchLimitsArgs {
  @Field(() => Int, { nullable: true, description: 'Experts (0–20, default 5).' })
  @IsOptional()
  @IsInt()
  experts?: number | null;
  @Field(() => Int, { nullable: true, description: 'Reports (0–20, default 5).' })
  @IsOptional()
  @IsInt()
  reports?: number | null;
  @Field(() => Int, { nullable: true, description: 'Answered questions (0–20, default 5).' })
  @IsOptional()
  @IsInt()
  questions?: number | null;
}

@ArgsType()
export class MatchesForQuestionArgs extends MatchLimitsArgs {
  @Field(() => ID, { description: 'The question.' }) @IsString() @MaxLength(64) id!: string;
}

@ArgsType()
export class MatchesForDraftArgs extends MatchLimitsArgs {
  @Field(() => DraftMatchInput)
  @ValidateNested()
  @Type(() => DraftMatchInput)
  input!: DraftMatchInput;
}

@ArgsType()
export class QuestionsForMeArgs extends ForwardPaginationArgs {
  @Field(() => [RoutingStatus], {
    nullable: true,
    description: 'Only these statuses (default: ROUTED and ESCALATED, the open ones).',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(RoutingStatus, { each: true })
  status?: RoutingStatus[] | null;
}

@ArgsType()
export class EscalatedQuestionsArgs extends ForwardPaginationArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Only the questions of this region's gemeenten (default: all of your regions).",
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  regionId?: string | null;
}

@ArgsType()
export class DeclineRoutingArgs {
  @Field(() => ID, { description: 'The RoutedQuestion id.' }) @IsString() @MaxLength(36) id!: string;
  @Field(() => DeclineReason) @IsEnum(DeclineReason) reason!: DeclineReason;
  @Field(() => String, { nullable: true, description: 'Optional explanation (at most 500 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(500 + SLACK)
  note?: string | null;
}
