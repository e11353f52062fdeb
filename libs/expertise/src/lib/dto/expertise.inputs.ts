import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ForwardPaginationArgs, StringListField } from '@ksp/shared';
import { LIMITS } from '../expertise.rules';
import { Availability, ConsentMethod, ExpertiseLevel, ExpertiseProfileKind } from '../expertise.types';

// Sizes are checked here loosely (against abuse) and precisely, with a Dutch message naming the
// argument, in ExpertiseService (so that e.g. maxOpenQuestions: 51 says what the range is).
const SLACK = 1000;

@InputType({ description: 'Een taakveld met uw niveau erin.' })
export class ExpertisePolicyDomainInput {
  @Field({ description: 'BBV taakveld or hoofdstuk: "6.72".' }) @IsString() @MaxLength(16) code!: string;
  @Field(() => ExpertiseLevel) @IsEnum(ExpertiseLevel) level!: ExpertiseLevel;
}

@InputType({ description: 'Hoe de toestemming is gegeven.' })
export class ExpertiseConsentInput {
  @Field(() => ConsentMethod) @IsEnum(ConsentMethod) method!: ConsentMethod;
  @Field(() => String, { nullable: true, description: 'E.g. where the signed form is kept.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.consentNoteMax + SLACK)
  note?: string | null;
}

/**
 * The whole profile as a form saves it: omitted fields take their defaults (no keywords, empty
 * bio, AVAILABLE, 3 open questions, and NO consent — consent is only ever given explicitly).
 */
@InputType({ isAbstract: true })
export abstract class ExpertiseProfileContentInput {
  @Field(() => [ExpertisePolicyDomainInput], { description: 'At least one taakveld with a level.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.policyDomainsMax * 2)
  @ValidateNested({ each: true })
  @Type(() => ExpertisePolicyDomainInput)
  policyDomains!: ExpertisePolicyDomainInput[];
  @StringListField({
    nullable: true,
    description: 'Free keywords (normalised like tags).',
    maxItems: LIMITS.keywordsMax * 2,
    maxLength: 100,
  })
  keywords?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Markdown or plain text, at most 1000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.bioMax + SLACK)
  bio?: string | null;
  @Field(() => Availability, { nullable: true, description: 'Default AVAILABLE.' })
  @IsOptional()
  @IsEnum(Availability)
  availability?: Availability | null;
  @Field(() => Int, { nullable: true, description: '0–50 (default 3).' })
  @IsOptional()
  @IsInt()
  maxOpenQuestions?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Explicit consent to be found and recommended; omitted means no consent.',
  })
  @IsOptional()
  @IsBoolean()
  consentToRecommend?: boolean | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited: required when the profile exists (CONFLICT when stale).',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;
}

@InputType()
export class SaveExpertiseProfileInput extends ExpertiseProfileContentInput {}

@InputType()
export class SaveOrganisationExpertiseProfileInput extends ExpertiseProfileContentInput {
  @Field() @IsString() @MaxLength(64) organisationCode!: string;
  @Field(() => String, {
    nullable: true,
    description: "The organisation's gemeente (CBS code); default: the organisation's own.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  municipalityCode?: string | null;
  @Field(() => ExpertiseConsentInput, {
    nullable: true,
    description: 'How the organisation gave consent (default FORMULIER: through this form).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExpertiseConsentInput)
  consent?: ExpertiseConsentInput | null;
}

@InputType()
export class SaveResidentExpertiseProfileInput extends ExpertiseProfileContentInput {
  @Field(() => ID, { nullable: true, description: 'Omitted: a new resident profile.' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  id?: string | null;
  @Field() @IsString() @MaxLength(LIMITS.displayNameMax + SLACK) displayName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Contact address; shown to coordinators and admins only.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.emailMax + SLACK)
  email?: string | null;
  @Field({ description: "The resident's gemeente (CBS code), in a region you coordinate." })
  @IsString()
  @MaxLength(16)
  municipalityCode!: string;
  @Field(() => ExpertiseConsentInput, {
    nullable: true,
    description: 'How the resident gave consent: required when consent is given (again).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExpertiseConsentInput)
  consent?: ExpertiseConsentInput | null;
}

@InputType()
export class ExpertiseProfileFilterInput {
  @StringListField({
    nullable: true,
    description: "Any of these taakvelden or hoofdstukken, with everything below them ('6' finds 6.71).",
    maxItems: 50,
    maxLength: 16,
  })
  policyDomainCodes?: string[] | null;
  @Field(() => String, { nullable: true, description: "The holder's gemeente (CBS code)." })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: "The holder's gemeente is in this region." })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  regionId?: string | null;
  @Field(() => Availability, { nullable: true })
  @IsOptional()
  @IsEnum(Availability)
  availability?: Availability | null;
  @Field(() => String, { nullable: true, description: 'A keyword; its synonyms match too.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  keyword?: string | null;
  @Field(() => ExpertiseProfileKind, { nullable: true })
  @IsOptional()
  @IsEnum(ExpertiseProfileKind)
  kind?: ExpertiseProfileKind | null;
}

@ArgsType()
export class ExpertiseProfilesArgs extends ForwardPaginationArgs {
  @Field(() => ExpertiseProfileFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExpertiseProfileFilterInput)
  filter?: ExpertiseProfileFilterInput | null;
}
