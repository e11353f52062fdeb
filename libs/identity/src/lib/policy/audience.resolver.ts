import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  DirectoryService,
  MunicipalityModel,
  RegionModel,
  type Municipality,
  type Region,
} from '@ksp/directory';
import { AudienceModel } from './audience';

/** `regions` and `municipalities` of any item's audience, from the in-memory directory (no SQL). */
@Resolver(() => AudienceModel)
export class AudienceResolver {
  constructor(private readonly directory: DirectoryService) {}

  @ResolveField(() => [RegionModel])
  regions(@Parent() a: AudienceModel): Region[] {
    return a.regionIds.map((id) => this.directory.getRegion(id));
  }

  @ResolveField(() => [MunicipalityModel])
  municipalities(@Parent() a: AudienceModel): Municipality[] {
    return a.municipalityCodes.flatMap((code) => this.directory.findMunicipality(code) ?? []);
  }
}
