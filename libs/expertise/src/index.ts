export { ExpertiseModule } from './lib/expertise.module';
export { EXPERTISE_ENTITIES } from './lib/expertise.entities';
