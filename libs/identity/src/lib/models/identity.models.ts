import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@ksp/shared';
import { AuditEventType, OrganisationKind, Role } from '../identity.types';

registerEnumType(Role, { name: 'Role' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(AuditEventType, { name: 'AuditEventType' });

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID, { description: 'CBS code for a gemeente (GM0344); a short code for other organisations.' })
  code!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) municipalityCode!: string | null;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) functionTitle!: string | null;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => [String], { description: 'Regions this user coordinates.' }) coordinatorRegionIds!: string[];
}

@ObjectType('Session')
export class SessionModel {
  @Field() accessToken!: string;
  @Field() refreshToken!: string;
  @Field(() => Int, { description: 'Seconds until the access token expires.' }) expiresIn!: number;
  @Field(() => UserModel) user!: UserModel;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field({ description: 'The link with its token; only the inviter receives it (and the invitee by mail).' })
  acceptUrl!: string;
}

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field(() => AuditEventType) type!: AuditEventType;
  @Field(() => String, { nullable: true }) actorUserId!: string | null;
  @Field(() => String, { nullable: true }) subjectUserId!: string | null;
  @Field(() => String, { nullable: true }) subjectEmail!: string | null;
  @Field(() => String, { nullable: true }) clientAddress!: string | null;
  @Field(() => String, { description: 'Details as JSON.' }) detailsJson!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export const UserConnection = ConnectionType(UserModel, 'User');
export const AuditEventConnection = ConnectionType(AuditEventModel, 'AuditEvent');
