import { UserEntity } from './identity.entities';
import { Role, User } from './identity.types';

const split = (s: string) => (s ? s.split(',').filter(Boolean) : []);

export function toUser(e: UserEntity): User {
  return {
    id: e.id,
    email: e.email,
    displayName: e.displayName,
    functionTitle: e.functionTitle,
    organisationCode: e.organisationCode,
    roles: split(e.roles) as Role[],
    coordinatorRegionIds: split(e.coordinatorRegionIds),
    emailConfirmed: e.emailConfirmedAt !== null,
    createdAt: e.createdAt,
  };
}
