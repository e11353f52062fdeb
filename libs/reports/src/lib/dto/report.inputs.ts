import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AudienceInput } from '@ksp/identity';
import { ForwardPaginationArgs, StringListField } from '@ksp/shared';
import { ReportSort, ReportStatus, ReportType } from '../report.types';

registerEnumType(ReportType, {
  name: 'ReportType',
  valuesMap: {
    ONDERZOEK: { description: 'Onderzoek.' },
    EVALUATIE: { description: 'Evaluatie.' },
    MONITOR: { description: 'Monitor.' },
    BELEIDSNOTA: { description: 'Beleidsnota.' },
    HANDREIKING: { description: 'Handreiking.' },
    OVERIG: { description: 'Overig.' },
  },
});
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  valuesMap: {
    SUBMITTED: { description: 'Ingediend; wacht op een coördinator.' },
    PUBLISHED: { description: 'Gepubliceerd voor het gekozen publiek.' },
    REJECTED: { description: 'Afgewezen met een reden; de indiener kan het aanpassen en opnieuw indienen.' },
    ARCHIVED: { description: 'Gearchiveerd: nog vindbaar, niet meer actueel.' },
  },
});
registerEnumType(ReportSort, {
  name: 'ReportSort',
  valuesMap: {
    NEWEST: { description: 'Laatst gepubliceerd (of ingediend) eerst.' },
    PUBLICATION_DATE: { description: 'Nieuwste publicatiedatum eerst.' },
    TITLE: { description: 'Op titel, A–Z.' },
  },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'verwacht een datum als JJJJ-MM-DD';

@InputType()
export class SubmitReportInput {
  @Field()
  @IsString()
  @MaxLength(300, { message: 'hoogstens 300 tekens' })
  title!: string;

  @Field({ description: 'Plain text, up to 10,000 characters.' })
  @IsString()
  @MaxLength(10_000, { message: 'hoogstens 10.000 tekens' })
  summary!: string;

  @Field({ description: 'The organisation that published the report (its code; a gemeente: GM0344).' })
  @IsString()
  @MaxLength(64)
  publisherOrganisationCode!: string;

  @StringListField({
    nullable: true,
    description: 'Names, in order.',
    maxItems: 50,
    maxItemsMessage: 'hoogstens 50 auteurs',
    maxLength: 200,
  })
  authors?: string[] | null;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsString()
  @Matches(DATE, { message: DATE_MESSAGE })
  publicationDate!: string;

  @Field(() => ReportType)
  @IsEnum(ReportType)
  type!: ReportType;

  @StringListField({
    description: 'BBV taakvelden (6.72), 1–20.',
    minItems: 1,
    minItemsMessage: 'kies ten minste één taakveld',
    maxItems: 20,
    maxItemsMessage: 'hoogstens 20 taakvelden',
    maxLength: 16,
  })
  policyDomainCodes!: string[];

  @StringListField({ nullable: true, maxItems: 20, maxItemsMessage: 'hoogstens 20 tags', maxLength: 50 })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  link?: string | null;

  @Field(() => AudienceInput, {
    nullable: true,
    description: 'Who may see it once published. Default: all members.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AudienceInput)
  audience?: AudienceInput | null;

  @Field(() => String, { nullable: true, description: '"Geldig tot", YYYY-MM-DD (inclusive).' })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: DATE_MESSAGE })
  validUntil?: string | null;
}

@InputType({
  description: 'Fields left out stay as they are; `link` and `validUntil` are cleared with null.',
})
export class UpdateReportInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  id!: string;

  @Field(() => Int, {
    description: 'The version the client edited (`Report.version`); a newer one gives CONFLICT.',
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'hoogstens 300 tekens' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000, { message: 'hoogstens 10.000 tekens' })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  publisherOrganisationCode?: string | null;

  @StringListField({ nullable: true, maxItems: 50, maxItemsMessage: 'hoogstens 50 auteurs', maxLength: 200 })
  authors?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: DATE_MESSAGE })
  publicationDate?: string | null;

  @Field(() => ReportType, { nullable: true })
  @IsOptional()
  @IsEnum(ReportType)
  type?: ReportType | null;

  @StringListField({
    nullable: true,
    minItems: 1,
    minItemsMessage: 'kies ten minste één taakveld',
    maxItems: 20,
    maxItemsMessage: 'hoogstens 20 taakvelden',
    maxLength: 16,
  })
  policyDomainCodes?: string[] | null;

  @StringListField({ nullable: true, maxItems: 20, maxItemsMessage: 'hoogstens 20 tags', maxLength: 50 })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  link?: string | null;

  @Field(() => AudienceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AudienceInput)
  audience?: AudienceInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: DATE_MESSAGE })
  validUntil?: string | null;
}

@ArgsType()
export class UploadReportFileArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  reportId!: string;

  @Field({ description: 'The file name, ending in .pdf or .docx; the content must match it.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fileName!: string;
}

@ArgsType()
export class RejectReportArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  id!: string;

  @Field({ description: 'Why (3–2000 characters); the submitter sees it.' })
  @IsString()
  @MaxLength(2000, { message: 'hoogstens 2000 tekens' })
  reason!: string;
}

@InputType()
export class ReportFilterInput {
  @StringListField({
    nullable: true,
    description: 'Taakvelden; their descendants are included.',
    maxItems: 50,
    maxLength: 16,
  })
  policyDomainCodes?: string[] | null;

  @Field(() => ReportType, { nullable: true })
  @IsOptional()
  @IsEnum(ReportType)
  type?: ReportType | null;

  @Field(() => ReportStatus, {
    nullable: true,
    description:
      'Default: PUBLISHED and ARCHIVED. SUBMITTED lists what the reader may review (or submitted).',
  })
  @IsOptional()
  @IsEnum(ReportStatus)
  status?: ReportStatus | null;

  @Field(() => Int, { nullable: true, description: 'Year of publication.' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  year?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  publisherOrganisationCode?: string | null;

  @Field(() => String, { nullable: true, description: "The submitter's gemeente (CBS code)." })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: "The submitter's gemeente is in this region." })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: 'A tag (its synonyms included).' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string | null;
}

@ArgsType()
export class ReportsArgs extends ForwardPaginationArgs {
  @Field(() => ReportFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportFilterInput)
  filter?: ReportFilterInput | null;

  @Field(() => ReportSort, { nullable: true, description: 'Default: NEWEST.' })
  @IsOptional()
  @IsEnum(ReportSort)
  sort?: ReportSort | null;
}
