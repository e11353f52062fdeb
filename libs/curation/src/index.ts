export { CurationModule } from './lib/curation.module';
export { CURATION_ENTITIES } from './lib/curation.entities';
export { CurationService } from './lib/curation.service';
export { DossierSearchSource } from './lib/dossier.search-source';
export { DossierModel } from './lib/curation.models';
export type { Dossier } from './lib/curation.service';
export { toDossierModel } from './lib/curation.resolver';
