import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

export interface StringListOptions {
  /** Optional in the schema (and null/absent allowed). */
  readonly nullable?: boolean;
  readonly description?: string;
  /** The GraphQL element type: `String` (default) or `ID`. */
  readonly ids?: boolean;
  readonly minItems?: number;
  readonly maxItems: number;
  /** The longest element, in characters. */
  readonly maxLength: number;
  /** Dutch messages for the size limits, e.g. 'kies ten minste één taakveld'. */
  readonly minItemsMessage?: string;
  readonly maxItemsMessage?: string;
}

/**
 * A GraphQL input field that is a list of strings (taakveld codes, tags, ids, names), with its
 * validation: an array, at most `maxItems` elements, each a string of at most `maxLength`.
 */
export function StringListField(o: StringListOptions): PropertyDecorator {
  return applyDecorators(
    Field(() => [o.ids ? ID : String], { nullable: o.nullable ?? false, description: o.description }),
    ...(o.nullable ? [IsOptional()] : []),
    IsArray(),
    ...(o.minItems
      ? [ArrayMinSize(o.minItems, o.minItemsMessage ? { message: o.minItemsMessage } : {})]
      : []),
    ArrayMaxSize(o.maxItems, o.maxItemsMessage ? { message: o.maxItemsMessage } : {}),
    IsString({ each: true }),
    MaxLength(o.maxLength, { each: true }),
  );
}
