export { DirectoryModule } from './lib/directory.module';
export { DirectoryService, type DirectoryOptions } from './lib/directory.service';
export { ReferenceDataImporter, type ImportResult } from './lib/reference-data.importer';
export { DIRECTORY_ENTITIES } from './lib/directory.entities';
export { readReferenceData, BUNDLED_DATA_DIR } from './lib/reference-data.reader';
export * from './lib/directory.types';
export { MunicipalityModel, RegionModel, PolicyDomainModel } from './lib/models/directory.models';
