import { StringListField } from '@ksp/shared';
import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { VisibilityScope } from './policy.service';

registerEnumType(VisibilityScope, {
  name: 'AudienceScope',
  description: 'Wie iets mag zien / who may see it.',
  valuesMap: {
    ORGANISATION: { description: 'Alleen de eigen organisatie van de auteur.' },
    NEIGHBOURS: { description: 'De gemeente van de auteur en haar buurgemeenten.' },
    REGIONS: { description: 'De gemeenten van gekozen regio’s.' },
    MUNICIPALITIES: { description: 'Gekozen gemeenten.' },
    MEMBERS: { description: 'Alle organisaties op de hub.' },
    PUBLIC: { description: 'Iedereen, ook zonder inloggen.' },
  },
});

/** An audience as a client chooses it; `PolicyService.audienceFor` checks and completes it. */
@InputType()
export class AudienceInput {
  @Field(() => VisibilityScope) @IsEnum(VisibilityScope) scope!: VisibilityScope;
  @StringListField({ nullable: true, description: 'For REGIONS.', maxItems: 50, maxLength: 64 })
  regionIds?: string[] | null;
  @StringListField({
    nullable: true,
    description: 'For MUNICIPALITIES: CBS codes (GM0344).',
    maxItems: 400,
    maxLength: 6,
  })
  municipalityCodes?: string[] | null;
}

/**
 * The audience of an item as clients read it; `regions` and `municipalities` resolve to the directory
 * (AudienceResolver). Content models return `{ scope, regionIds, municipalityCodes }` for it.
 */
@ObjectType('Audience')
export class AudienceModel {
  @Field(() => VisibilityScope) scope!: VisibilityScope;
  @Field(() => [String]) regionIds!: string[];
  @Field(() => [String]) municipalityCodes!: string[];
}
