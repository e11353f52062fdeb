import { createUnionType } from '@nestjs/graphql';
import { ExpertiseProfileModel } from '@ksp/expertise';
import { AnswerModel, QuestionModel } from '@ksp/questions';
import { ReportModel } from '@ksp/reports';
import { CatalogEntry, CuratedItemType } from './content-catalog';

/** Which GraphQL type each item object is (objects are the content libraries' own domain objects). */
const typeOf = new WeakMap<object, CuratedItemType>();

const MODELS = {
  QUESTION: QuestionModel,
  ANSWER: AnswerModel,
  REPORT: ReportModel,
  EXPERTISE_PROFILE: ExpertiseProfileModel,
} as const;

export const CuratedItemUnion = createUnionType({
  name: 'CuratedItem',
  description: 'Een vraag, antwoord, rapport of expertiseprofiel in een dossier, uitgelicht of gemeld.',
  types: () => [QuestionModel, AnswerModel, ReportModel, ExpertiseProfileModel] as const,
  resolveType: (value: object) => {
    const type = typeOf.get(value);
    return type && type in MODELS ? MODELS[type as keyof typeof MODELS] : undefined;
  },
});

/** The item itself, for the union field `item`. */
export function itemOf(entry: CatalogEntry): object {
  typeOf.set(entry.value, entry.ref.type);
  return entry.value;
}
