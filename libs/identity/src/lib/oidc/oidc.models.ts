import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class SetOrganisationOidcInput {
  @Field() @IsString() @MaxLength(64) organisationCode!: string;
  @Field({
    description:
      'Issuer identifier, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0 (https; http only for 127.0.0.1/localhost).',
  })
  @IsString()
  @MaxLength(500, { message: 'issuerUrl: hoogstens 500 tekens' })
  issuerUrl!: string;
  @Field({ description: 'The client (application) ID registered at the provider.' })
  @IsString()
  @MaxLength(255, { message: 'clientId: hoogstens 255 tekens' })
  clientId!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Client secret; leave out (or null) for a public client (PKCE only), which also removes a secret set before.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'clientSecret: hoogstens 500 tekens' })
  clientSecret?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Scopes to request (default: openid email profile); openid is always included.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'scopes: hoogstens 20 scopes' })
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: 'scopes: een scope heeft hoogstens 100 tekens' })
  scopes?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;
}

@ObjectType('OrganisationOidc')
export class OrganisationOidcModel {
  @Field(() => ID) organisationCode!: string;
  @Field() issuerUrl!: string;
  @Field() clientId!: string;
  @Field({ description: 'Whether a client secret is set (the secret itself is never returned).' })
  hasClientSecret!: boolean;
  @Field(() => [String]) scopes!: string[];
  @Field() enabled!: boolean;
  @Field({ description: 'The redirect URI to register at the provider.' }) redirectUri!: string;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType('OidcLoginOption', {
  description: 'An organisation whose people can log in through their own provider.',
})
export class OidcLoginOptionModel {
  @Field(() => ID) code!: string;
  @Field() name!: string;
  @Field({ description: 'Open this address in the browser to log in (optionally with ?redirect=/path).' })
  startUrl!: string;
}
