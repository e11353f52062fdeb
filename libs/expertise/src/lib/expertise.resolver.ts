import {
  Args,
  Context,
  GraphQLISODateTime,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { DirectoryService, MunicipalityModel, type Municipality, type PolicyDomain } from '@ksp/directory';
import {
  CurrentActor,
  OrganisationKind,
  OrganisationModel,
  type Actor,
  type Organisation,
} from '@ksp/identity';
import { renderMarkdown } from '@ksp/shared';
import {
  ExpertiseProfilesArgs,
  SaveExpertiseProfileInput,
  SaveOrganisationExpertiseProfileInput,
  SaveResidentExpertiseProfileInput,
} from './dto/expertise.inputs';
import { ExpertiseLoaders } from './expertise.loaders';
import { ExpertiseService } from './expertise.service';
import {
  NO_STATISTICS,
  type ExpertiseLevel,
  type ConsentRecord,
  type ExpertiseProfile,
  type ExpertiseStatistics,
} from './expertise.types';
import {
  ExpertiseConsentModel,
  ExpertiseProfileConnection,
  ExpertiseProfileModel,
  ExpertiseProfilePolicyDomainModel,
  ExpertiseStatisticsModel,
} from './models/expertise.models';

/**
 * Expertise profiles over GraphQL. Every operation needs a login (profiles are about people; none
 * is public). What the actor may not see is NOT_FOUND and absent from lists and counts.
 */
@Resolver(() => ExpertiseProfileModel)
export class ExpertiseProfileResolver {
  constructor(
    private readonly service: ExpertiseService,
    private readonly loaders: ExpertiseLoaders,
    private readonly directory: DirectoryService,
  ) {}

  // ---- queries -------------------------------------------------------------------------------

  @Query(() => ExpertiseProfileModel, {
    description: 'Een expertiseprofiel; NOT_FOUND als u het niet mag zien (bijvoorbeeld zonder toestemming).',
  })
  expertiseProfile(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => ExpertiseProfileModel, {
    nullable: true,
    description: 'Uw eigen expertiseprofiel, als u er een heeft.',
  })
  myExpertiseProfile(@CurrentActor() actor: Actor) {
    return this.service.mine(actor);
  }

  @Query(() => ExpertiseProfileConnection, {
    description: 'De expertiseprofielen die u mag zien (met toestemming, en uw eigen), op naam.',
  })
  expertiseProfiles(@CurrentActor() actor: Actor, @Args() args: ExpertiseProfilesArgs) {
    return this.service.list(actor, args.filter, args);
  }

  // ---- mutations -----------------------------------------------------------------------------

  @Mutation(() => ExpertiseProfileModel, {
    description:
      'Maakt of wijzigt uw eigen expertiseprofiel (het hele profiel; expectedVersion bij wijzigen, CONFLICT bij een oude versie).',
  })
  saveExpertiseProfile(@CurrentActor() actor: Actor, @Args('input') input: SaveExpertiseProfileInput) {
    return this.service.saveOwn(actor, input);
  }

  @Mutation(() => ExpertiseProfileModel, {
    description:
      'Het expertiseprofiel van een organisatie (kennisinstelling): door haar leden, coördinatoren van haar gemeente en beheerders.',
  })
  saveOrganisationExpertiseProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: SaveOrganisationExpertiseProfileInput,
  ) {
    return this.service.saveOrganisation(actor, input);
  }

  @Mutation(() => ExpertiseProfileModel, {
    description:
      'Coördinator: legt het profiel van een inwoner-expert vast (zonder id: nieuw), met hoe de toestemming is gegeven.',
  })
  saveResidentExpertiseProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: SaveResidentExpertiseProfileInput,
  ) {
    return this.service.saveResident(actor, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Verwijdert een expertiseprofiel: de houder, coördinatoren van de gemeente of een beheerder.',
  })
  deleteExpertiseProfile(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.delete(actor, id);
  }

  // ---- fields --------------------------------------------------------------------------------

  @ResolveField(() => String, { description: 'The bio as safe HTML.' })
  bioHtml(@Parent() p: ExpertiseProfile): string {
    return renderMarkdown(p.bio);
  }

  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description: "USER: the user's organisation; ORGANISATION: the organisation; RESIDENT: none.",
  })
  async organisation(@Parent() p: ExpertiseProfile, @Context() ctx: object): Promise<Organisation | null> {
    if (!p.organisationCode) return null;
    const org = await this.loaders.of(ctx).organisation.load(p.organisationCode);
    return (
      org ?? {
        code: p.organisationCode,
        kind: OrganisationKind.OVERIG,
        name: p.organisationCode,
        municipalityCode: null,
        emailDomains: [],
      }
    );
  }

  @ResolveField(() => MunicipalityModel, { nullable: true, description: "The holder's gemeente." })
  municipality(@Parent() p: ExpertiseProfile): Municipality | null {
    return p.municipalityCode ? (this.directory.findMunicipality(p.municipalityCode) ?? null) : null;
  }

  @ResolveField(() => [ExpertiseProfilePolicyDomainModel], {
    description: 'Taakvelden with levels, by code.',
  })
  async policyDomains(
    @Parent() p: ExpertiseProfile,
    @Context() ctx: object,
  ): Promise<{ domain: PolicyDomain; level: ExpertiseLevel }[]> {
    const rows = await this.loaders.of(ctx).policyDomains.load(p.id);
    return rows.flatMap((r) => {
      const domain = this.directory.findPolicyDomain(r.code);
      return domain ? [{ domain, level: r.level }] : [];
    });
  }

  @ResolveField(() => [String], { description: 'Keywords, in their canonical form.' })
  keywords(@Parent() p: ExpertiseProfile, @Context() ctx: object): Promise<string[]> {
    return this.loaders.of(ctx).keywords.load(p.id);
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the consent in force was recorded.',
  })
  consentRecordedAt(@Parent() p: ExpertiseProfile): Date | null {
    return p.consent?.recordedAt ?? null;
  }

  @ResolveField(() => ExpertiseConsentModel, {
    nullable: true,
    description:
      'How, when and by whom consent was recorded: for the holder, the coordinators of its gemeente and admins (null for others, and without consent).',
  })
  consent(@Parent() p: ExpertiseProfile, @CurrentActor() actor: Actor | null): ConsentRecord | null {
    return p.consent && this.service.mayCurate(actor, p) ? p.consent : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "RESIDENT: the resident's contact address, for the coordinators of their gemeente and admins only (null otherwise). Account holders' addresses are on User.email.",
  })
  email(@Parent() p: ExpertiseProfile, @CurrentActor() actor: Actor | null): string | null {
    return this.service.maySeeContactEmail(actor, p) ? p.contactEmail : null;
  }

  @ResolveField(() => ExpertiseStatisticsModel, {
    description:
      'Answers given, accepted answers, median time to a first answer (USER profiles; zeros for others).',
  })
  async statistics(@Parent() p: ExpertiseProfile, @Context() ctx: object): Promise<ExpertiseStatistics> {
    return p.userId ? this.loaders.of(ctx).statistics.load(p.userId) : NO_STATISTICS;
  }

  @ResolveField(() => Boolean, {
    description:
      'You may save it (USER: its user; ORGANISATION: its members and coordinators; RESIDENT: coordinators).',
  })
  viewerCanEdit(@Parent() p: ExpertiseProfile, @CurrentActor() actor: Actor | null): boolean {
    return this.service.mayEdit(actor, p);
  }

  @ResolveField(() => Boolean, {
    description: 'You may delete it (the holder, coordinators of its gemeente, admins).',
  })
  viewerCanDelete(@Parent() p: ExpertiseProfile, @CurrentActor() actor: Actor | null): boolean {
    return this.service.mayCurate(actor, p);
  }
}
