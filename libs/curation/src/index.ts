export { CurationModule } from './lib/curation.module';
export { CURATION_ENTITIES } from './lib/curation.entities';
