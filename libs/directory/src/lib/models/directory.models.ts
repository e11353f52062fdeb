import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@ksp/shared';
import { PolicyDomainLevel, PolicyDomainStatus, RegionKind } from '../directory.types';

registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'Soort regio / kind of region.',
  valuesMap: {
    PROVINCE: { description: 'Provincie' },
    VEILIGHEIDSREGIO: { description: 'Veiligheidsregio' },
    CUSTOM: { description: "Een eigen regio van de hub (kennisregio) / a hub's own region" },
  },
});
registerEnumType(PolicyDomainStatus, { name: 'PolicyDomainStatus' });
registerEnumType(PolicyDomainLevel, { name: 'PolicyDomainLevel' });

@ObjectType('Municipality', { description: 'Gemeente, identified by its CBS code (GM0363 = Amsterdam).' })
export class MunicipalityModel {
  @Field(() => ID, { description: 'CBS code, GM + 4 digits.' }) code!: string;
  @Field() name!: string;
  @Field() province!: string;
  @Field({ description: 'CBS province code (PV26 = Utrecht).' }) provinceCode!: string;
  // Linked in memory by the directory (DirectorySnapshot): read as a property, no resolver.
  @Field(() => [MunicipalityModel], { description: 'Buurgemeenten: gemeenten sharing a border.' })
  neighbours!: MunicipalityModel[];
}

@ObjectType('Region', { description: 'Regio: a named set of gemeenten of a kind.' })
export class RegionModel {
  @Field(() => ID, { description: 'CBS code for official divisions (PV26, VR09).' }) id!: string;
  @Field(() => RegionKind) kind!: RegionKind;
  @Field() name!: string;
}

@ObjectType('PolicyDomain', { description: 'Beleidsdomein: a BBV/Iv3 hoofdstuk or taakveld.' })
export class PolicyDomainModel {
  @Field(() => ID) code!: string;
  @Field() name!: string;
  @Field(() => PolicyDomainLevel) level!: PolicyDomainLevel;
  @Field(() => PolicyDomainStatus) status!: PolicyDomainStatus;
  @Field(() => [String]) formerNames!: string[];
}

@ObjectType('Theme', { description: 'A theme of the TOOI TOP-lijst (overheid.nl).' })
export class ThemeModel {
  @Field(() => ID) code!: string;
  @Field() name!: string;
  @Field(() => Int) level!: number;
  @Field() uri!: string;
}

export const MunicipalityConnection = ConnectionType(MunicipalityModel, 'Municipality');
