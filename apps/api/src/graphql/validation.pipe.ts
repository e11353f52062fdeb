import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError } from '@ksp/shared';

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator on every resolver's arguments; a failure is BAD_USER_INPUT naming the fields. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  exceptionFactory: (errors) => {
    const fields = flatten(errors);
    return new BadUserInputError(fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; '), {
      fields: fields.map((f) => f.field),
    });
  },
});
