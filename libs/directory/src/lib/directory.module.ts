import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DIRECTORY_ENTITIES } from './directory.entities';
import { DirectoryRepository } from './directory.repository';
import { DIRECTORY_OPTIONS, DirectoryOptions, DirectoryService } from './directory.service';
import { ReferenceDataImporter } from './reference-data.importer';
import {
  MunicipalityResolver,
  PolicyDomainResolver,
  RegionResolver,
  ThemeResolver,
} from './directory.resolver';

@Module({})
export class DirectoryModule {
  static forRoot(options: Partial<DirectoryOptions> = {}): DynamicModule {
    return {
      module: DirectoryModule,
      global: true,
      imports: [TypeOrmModule.forFeature(DIRECTORY_ENTITIES)],
      providers: [
        { provide: DIRECTORY_OPTIONS, useValue: options },
        DirectoryRepository,
        ReferenceDataImporter,
        DirectoryService,
        MunicipalityResolver,
        RegionResolver,
        PolicyDomainResolver,
        ThemeResolver,
      ],
      exports: [DirectoryService, ReferenceDataImporter],
    };
  }
}
