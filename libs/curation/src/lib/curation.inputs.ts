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
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AudienceInput } from '@ksp/identity';
import { ForwardPaginationArgs } from '@ksp/shared';
import { CuratedItemType } from './content-catalog';
import { FlagReason, MAX_DOSSIER_ITEMS, OVERVIEW_DAYS } from './curation.service';

@InputType()
export class DossierItemInput {
  @Field(() => CuratedItemType) @IsEnum(CuratedItemType) itemType!: CuratedItemType;
  @Field(() => ID) @IsString() @MaxLength(36) itemId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@InputType()
export class CreateDossierInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field({ description: 'Markdown.' }) @IsString() @MaxLength(20_000) introduction!: string;
  @Field(() => AudienceInput, { nullable: true, description: 'Default: all members.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AudienceInput)
  audience?: AudienceInput | null;
  @Field(() => [DossierItemInput], {
    description:
      'In the order readers see them. On update this replaces the items the editor can see; items ' +
      'the editor cannot see stay in the dossier, each after the visible item it followed (or first).',
  })
  @IsArray()
  @ArrayMaxSize(MAX_DOSSIER_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => DossierItemInput)
  items!: DossierItemInput[];
}

@InputType()
export class UpdateDossierInput extends CreateDossierInput {
  @Field(() => ID) @IsString() @MaxLength(36) id!: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion!: number;
}

@ArgsType()
export class DossiersArgs extends ForwardPaginationArgs {
  @Field(() => ID, { nullable: true, description: 'Only dossiers that contain this item.' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  containingItemId?: string | null;
}

@InputType()
export class FeatureItemInput {
  @Field() @IsString() @MaxLength(64) regionId!: string;
  @Field(() => CuratedItemType) @IsEnum(CuratedItemType) itemType!: CuratedItemType;
  @Field(() => ID) @IsString() @MaxLength(36) itemId!: string;
  @Field({ defaultValue: false }) @IsBoolean() pinned!: boolean;
}

@InputType()
export class FlagContentInput {
  @Field(() => CuratedItemType) @IsEnum(CuratedItemType) itemType!: CuratedItemType;
  @Field(() => ID) @IsString() @MaxLength(36) itemId!: string;
  @Field(() => FlagReason) @IsEnum(FlagReason) reason!: FlagReason;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) comment?: string | null;
}

@ArgsType()
export class RegionOverviewArgs {
  @Field() @IsString() @MaxLength(64) regionId!: string;
  @Field(() => Int, {
    defaultValue: OVERVIEW_DAYS.default,
    description: `The period counted: the last this many days (${OVERVIEW_DAYS.min}–${OVERVIEW_DAYS.max}).`,
  })
  @IsInt()
  @Min(OVERVIEW_DAYS.min)
  @Max(OVERVIEW_DAYS.max)
  days!: number;
}
