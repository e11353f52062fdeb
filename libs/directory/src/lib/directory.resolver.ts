import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '@ksp/shared';
import { DirectoryService } from './directory.service';
import {
  MunicipalityConnection,
  MunicipalityModel,
  PolicyDomainModel,
  RegionModel,
  ThemeModel,
} from './models/directory.models';
import { MunicipalitiesArgs } from './dto/municipality-filter.input';
import { RegionKind } from './directory.types';
import type { Municipality, PolicyDomain, Region, TooiTheme } from './directory.types';

@Public()
@Resolver(() => MunicipalityModel)
export class MunicipalityResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => MunicipalityModel, { description: 'Een gemeente by CBS code (GM0363).' })
  municipality(@Args('code') code: string): Municipality {
    return this.directory.getMunicipality(code);
  }

  @Query(() => MunicipalityConnection)
  municipalities(@Args() args: MunicipalitiesArgs) {
    return this.directory.listMunicipalities(args.filter ?? {}, args);
  }

  @ResolveField(() => [RegionModel])
  regions(
    @Parent() m: Municipality,
    @Args('kind', { type: () => RegionKind, nullable: true }) kind?: RegionKind | null,
  ): readonly Region[] {
    return this.directory.regionsOf(m.code, kind);
  }
}

@Public()
@Resolver(() => RegionModel)
export class RegionResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => [RegionModel])
  regions(
    @Args('kind', { type: () => RegionKind, nullable: true }) kind?: RegionKind | null,
  ): readonly Region[] {
    return this.directory.listRegions(kind);
  }

  @Query(() => RegionModel)
  region(@Args('id') id: string): Region {
    return this.directory.getRegion(id);
  }

  @ResolveField(() => [MunicipalityModel])
  municipalities(@Parent() r: Region): readonly Municipality[] {
    return this.directory.membersOf(r.id);
  }
}

@Public()
@Resolver(() => PolicyDomainModel)
export class PolicyDomainResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => [PolicyDomainModel], {
    description: 'The BBV taakvelden as a tree: the hoofdstukken, with children.',
  })
  policyDomains(): readonly PolicyDomain[] {
    return this.directory.policyDomainTree();
  }

  @Query(() => PolicyDomainModel)
  policyDomain(@Args('code') code: string): PolicyDomain {
    return this.directory.getPolicyDomain(code);
  }

  @ResolveField(() => PolicyDomainModel, { nullable: true })
  parent(@Parent() d: PolicyDomain): PolicyDomain | null {
    return this.directory.policyDomainParent(d);
  }

  @ResolveField(() => [PolicyDomainModel])
  children(@Parent() d: PolicyDomain): readonly PolicyDomain[] {
    return this.directory.policyDomainChildren(d.code);
  }

  @ResolveField(() => [PolicyDomainModel], {
    description: 'For a SUPERSEDED taakveld: the codes that replace it.',
  })
  supersededBy(@Parent() d: PolicyDomain): readonly PolicyDomain[] {
    return this.directory.supersededBy(d.code);
  }

  @ResolveField(() => [PolicyDomainModel], { description: 'The superseded codes this taakveld replaces.' })
  supersedes(@Parent() d: PolicyDomain): readonly PolicyDomain[] {
    return this.directory.supersedes(d.code);
  }
}

@Public()
@Resolver(() => ThemeModel)
export class ThemeResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => [ThemeModel], { description: 'The TOOI themes as a tree.' })
  themes(): readonly TooiTheme[] {
    return this.directory.themeTree();
  }

  @Query(() => ThemeModel)
  theme(@Args('code') code: string): TooiTheme {
    return this.directory.getTheme(code);
  }

  @ResolveField(() => ThemeModel, { nullable: true })
  parent(@Parent() t: TooiTheme): TooiTheme | null {
    return this.directory.themeParent(t);
  }

  @ResolveField(() => [ThemeModel])
  children(@Parent() t: TooiTheme): readonly TooiTheme[] {
    return this.directory.themeChildren(t.code);
  }
}
