import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { ForwardPaginationArgs, StringListField } from '@ksp/shared';
import { AuditEventType, Role } from '../identity.types';

@InputType()
export class InviteUserInput {
  @Field() @IsEmail({}, { message: 'email: geen geldig e-mailadres' }) @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(120) displayName!: string;
  @Field() @IsString() @MaxLength(64) organisationCode!: string;
  @Field(() => [Role], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Role, { each: true }) roles?:
    Role[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) functionTitle?:
    string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  coordinatorRegionIds?: string[] | null;
}

@ArgsType()
export class AuditLogArgs extends ForwardPaginationArgs {
  @Field(() => AuditEventType, { nullable: true })
  @IsOptional()
  @IsEnum(AuditEventType)
  type?: AuditEventType | null;
}

@ArgsType()
export class SetRolesArgs {
  @Field(() => ID) @IsString() @MaxLength(36) userId!: string;
  @Field(() => [Role]) @IsArray() @IsEnum(Role, { each: true }) roles!: Role[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  coordinatorRegionIds?: string[] | null;
}

@ArgsType()
export class SetOrganisationEmailDomainsArgs {
  @Field() @IsString() @MaxLength(64) organisationCode!: string;
  @StringListField({ maxItems: 20, maxLength: 253 })
  domains!: string[];
}
