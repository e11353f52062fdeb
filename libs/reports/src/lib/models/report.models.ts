import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AudienceModel } from '@ksp/identity';
import { ConnectionType } from '@ksp/shared';
import { TextStatus } from '../files/document-text';
import { ReportStatus, ReportType } from '../report.types';

registerEnumType(TextStatus, {
  name: 'ReportTextStatus',
  valuesMap: {
    EXTRACTED: { description: 'De tekst is gevonden en doorzoekbaar.' },
    NO_TEXT: { description: 'Geen tekst gevonden; mogelijk een scan.' },
  },
});

@ObjectType('ReportFile')
export class ReportFileModel {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field({ description: 'Detected from the content: application/pdf or the DOCX type.' }) mediaType!: string;
  @Field(() => Int, { description: 'Bytes.' }) size!: number;
  @Field({ description: 'SHA-256 of the bytes, hex.' }) sha256!: string;
  @Field(() => TextStatus) textStatus!: TextStatus;
  @Field(() => Int, { nullable: true, description: 'PDF only.' }) pageCount!: number | null;
  @Field(() => GraphQLISODateTime) uploadedAt!: Date;
}

@ObjectType('ReportSubmitter')
export class ReportSubmitterModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The name when the report was submitted.' }) displayName!: string;
}

@ObjectType('ReportUploadGrant', {
  description: 'PUT the raw bytes of the file to uploadUrl before expiresAt.',
})
export class UploadGrantModel {
  @Field() uploadUrl!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
}

@ObjectType('Report')
export class ReportModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => [String], { description: 'In order.' }) authors!: string[];
  @Field({ description: 'YYYY-MM-DD.' }) publicationDate!: string;
  @Field(() => ReportType) type!: ReportType;
  @Field(() => [String]) policyDomainCodes!: string[];
  @Field(() => [String]) tags!: string[];
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field(() => AudienceModel, { description: 'Who may see it once published.' }) audience!: AudienceModel;
  @Field(() => String, { nullable: true, description: '"Geldig tot", YYYY-MM-DD (inclusive).' })
  validUntil!: string | null;
  @Field(() => ReportSubmitterModel) submittedBy!: ReportSubmitterModel;
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field(() => String, { nullable: true, description: 'Why it was rejected (REJECTED only).' })
  rejectionReason!: string | null;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: 'For updateReport(expectedVersion).' }) version!: number;
  @Field(() => ReportFileModel, { nullable: true }) file!: ReportFileModel | null;
}

export const ReportConnection = ConnectionType(ReportModel, 'Report');
