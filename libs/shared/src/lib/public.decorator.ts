import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'ksp:isPublic';

/**
 * Marks a query or mutation as readable without logging in. Everything else requires an
 * authenticated actor (the guard and the schema-derived test matrix read this marker).
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
