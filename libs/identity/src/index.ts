export { IdentityModule } from './lib/identity.module';
export { IDENTITY_ENTITIES } from './lib/identity.entities';
export type { IdentityOptions } from './lib/identity.options';
export {
  PolicyService,
  VisibilityScope,
  AccessKey,
  accessKeys,
  ANONYMOUS_FILTER,
  matches,
  type Audience,
  type VisibilityFilter,
} from './lib/policy/policy.service';
export { OrganisationService } from './lib/organisation.service';
export { AccountService } from './lib/account.service';
export { AuditService } from './lib/audit.service';
export { AuthService } from './lib/auth/auth.service';
export { CurrentActor, ClientAddress } from './lib/auth/guards';
export { Mailer, FileMailer, SmtpMailer, type Mail } from './lib/mail/mailer';
export * from './lib/identity.types';
export { OrganisationModel, UserModel } from './lib/models/identity.models';
export { OidcProviderConfigEntity, OidcLoginStateEntity } from './lib/oidc/oidc.entities';
export {
  OidcService,
  OIDC_CALLBACK_PATH,
  OIDC_FAILURE_PATH,
  type OidcLoginOption,
  type OrganisationOidc,
  type SetOrganisationOidcInput,
} from './lib/oidc/oidc.service';
export { AudienceInput, AudienceModel } from './lib/policy/audience';
