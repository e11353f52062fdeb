import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ForwardPaginationArgs } from '@ksp/shared';

@InputType()
export class MunicipalityFilterInput {
  @Field(() => String, { nullable: true, description: 'Province name, e.g. "Utrecht".' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  province?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the gemeenten of this region.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name; case and accents do not matter.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@ArgsType()
export class MunicipalitiesArgs extends ForwardPaginationArgs {
  @Field(() => MunicipalityFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MunicipalityFilterInput)
  filter?: MunicipalityFilterInput | null;
}
