import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { Args, GqlExecutionContext, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@ksp/shared';
import { CurrentActor } from '../auth/guards';
import type { Actor } from '../identity.types';
import { OidcLoginOptionModel, OrganisationOidcModel, SetOrganisationOidcInput } from './oidc.models';
import { OIDC_CALLBACK_PATH, OidcService } from './oidc.service';
import { originOf } from './oidc.urls';

/** `https://host` of the GraphQL request: the address the browser uses for the hub. */
const RequestOrigin = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const req = GqlExecutionContext.create(context).getContext<{ req: { protocol: string; host: string } }>()
    .req;
  return originOf(req);
});

@Resolver()
export class OidcResolver {
  constructor(private readonly oidc: OidcService) {}

  @Public()
  @Query(() => [OidcLoginOptionModel], {
    description:
      'Organisations whose people can log in through their own OpenID provider ("Inloggen via uw organisatie").',
  })
  async oidcLoginOptions(@RequestOrigin() origin: string): Promise<OidcLoginOptionModel[]> {
    return (await this.oidc.loginOptions()).map((o) => ({
      ...o,
      startUrl: `${origin}/auth/oidc/${encodeURIComponent(o.code)}/start`,
    }));
  }

  @Mutation(() => OrganisationOidcModel, {
    description:
      "Admin: an organisation's OpenID provider (issuer and client) for login through the organisation.",
  })
  async setOrganisationOidc(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetOrganisationOidcInput,
    @RequestOrigin() origin: string,
  ): Promise<OrganisationOidcModel> {
    const saved = await this.oidc.setConfig(actor, input);
    return { ...saved, scopes: [...saved.scopes], redirectUri: `${origin}${OIDC_CALLBACK_PATH}` };
  }
}
