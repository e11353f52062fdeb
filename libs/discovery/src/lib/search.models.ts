import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  createUnionType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DossierModel } from '@ksp/curation';
import { ExpertiseProfileModel } from '@ksp/expertise';
import { QuestionModel } from '@ksp/questions';
import { ReportModel } from '@ksp/reports';
import { PageInfo, StringListField } from '@ksp/shared';
import { foundType } from './search.service';

/** The GraphQL names of the document types (values are the engine's). */
export enum SearchType {
  QUESTION = 'question',
  REPORT = 'report',
  EXPERTISE_PROFILE = 'expertise_profile',
  DOSSIER = 'dossier',
}
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'Soort zoekresultaat / kind of search hit.',
});

export enum SearchSortOrder {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  TITLE = 'TITLE',
}
registerEnumType(SearchSortOrder, { name: 'SearchSort' });

export enum SearchFacetName {
  TYPE = 'type',
  POLICY_DOMAIN = 'policyDomainPaths',
  MUNICIPALITY = 'municipalityCodes',
  REGION = 'regionIds',
  YEAR = 'year',
  STATUS = 'status',
  TAG = 'tags',
}
registerEnumType(SearchFacetName, {
  name: 'SearchFacetField',
  description:
    'POLICY_DOMAIN telt taakvelden en hun hoofdstukken (een item onder 6.752 telt ook bij 6); labels zijn "code naam". ' +
    'REGION-labels noemen de soort: "Provincie Utrecht", "Veiligheidsregio Utrecht".',
});

@InputType()
export class SearchFilterInput {
  @Field(() => [SearchType], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(SearchType, { each: true })
  types?: SearchType[] | null;

  @StringListField({
    nullable: true,
    description:
      'Taakvelden (BBV); een hoofdstuk of vervallen taakveld vindt ook wat eronder of ervoor in de plaats valt.',
    maxItems: 50,
    maxLength: 16,
  })
  policyDomains?: string[] | null;

  @StringListField({ nullable: true, description: 'CBS-codes (GM0344).', maxItems: 50, maxLength: 6 })
  municipalities?: string[] | null;

  @StringListField({ nullable: true, maxItems: 50, maxLength: 64 })
  regions?: string[] | null;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsInt({ each: true })
  @Min(1900, { each: true })
  @Max(2100, { each: true })
  years?: number[] | null;

  @StringListField({ nullable: true, maxItems: 10, maxLength: 16 })
  statuses?: string[] | null;

  @StringListField({ nullable: true, maxItems: 20, maxLength: 50 })
  tags?: string[] | null;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Vrije tekst (mag leeg zijn); tikfouten, meervouden en synoniemen worden gevonden.' })
  @IsString()
  @MaxLength(200)
  query!: string;

  @Field(() => SearchFilterInput, { nullable: true })
  @IsOptional()
  filter?: SearchFilterInput | null;

  @Field(() => SearchSortOrder, { nullable: true, description: 'Standaard RELEVANCE.' })
  @IsOptional()
  @IsEnum(SearchSortOrder)
  sort?: SearchSortOrder | null;

  @Field(() => [SearchFacetName], {
    nullable: true,
    description: 'Welke facetten te tellen; standaard alles behalve TAG.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsEnum(SearchFacetName, { each: true })
  facets?: SearchFacetName[] | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  after?: string;
}

@ArgsType()
export class SuggestArgs {
  @Field({ description: 'Het begin van een zoekvraag (autocomplete).' })
  @IsString()
  @MaxLength(100)
  prefix!: string;

  @Field(() => [SearchType], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SearchType, { each: true })
  types?: SearchType[] | null;

  @Field(() => Int, { nullable: true, description: '1–20 (default 8).' })
  @IsOptional()
  @Min(1)
  @Max(20)
  first?: number;
}

export const SearchItemUnion = createUnionType({
  name: 'SearchItem',
  description: 'Een vraag, rapport, expertiseprofiel of dossier.',
  types: () => [QuestionModel, ReportModel, ExpertiseProfileModel, DossierModel] as const,
  resolveType: (value: object) => {
    switch (foundType.get(value)) {
      case 'question':
        return QuestionModel;
      case 'report':
        return ReportModel;
      case 'expertise_profile':
        return ExpertiseProfileModel;
      case 'dossier':
        return DossierModel;
      default:
        return undefined;
    }
  },
});

@ObjectType()
export class SearchHighlightModel {
  @Field({ description: 'title, summary, body, fullText or tags.' }) field!: string;
  @Field({ description: 'Veilige HTML: ge-escapete tekst met alleen <mark>…</mark> rond gevonden woorden.' })
  snippet!: string;
}

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => ID) id!: string;
  @Field(() => SearchType) type!: SearchType;
  @Field(() => Float) score!: number;
  @Field(() => SearchItemUnion) item!: object;
  @Field(() => [SearchHighlightModel]) highlights!: SearchHighlightModel[];
}

@ObjectType('FacetValue')
export class FacetValueModel {
  @Field() value!: string;
  @Field() label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('SearchFacet')
export class SearchFacetModel {
  @Field(() => SearchFacetName) field!: SearchFacetName;
  @Field(() => [FacetValueModel]) values!: FacetValueModel[];
}

@ObjectType('SearchResults')
export class SearchResultsModel {
  @Field(() => Int, { description: 'Alle gevonden items die u mag zien (niet alleen deze pagina).' })
  totalCount!: number;
  @Field(() => [SearchHitModel]) hits!: SearchHitModel[];
  @Field(() => [SearchFacetModel]) facets!: SearchFacetModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('Suggestion')
export class SuggestionModel {
  @Field(() => ID) id!: string;
  @Field(() => SearchType) type!: SearchType;
  @Field() text!: string;
  @Field({ description: 'De titel als veilige HTML met het getypte begin in <mark>.' }) highlighted!: string;
}
