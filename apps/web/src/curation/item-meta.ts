import type { TFunction } from 'i18next';
import type { CuratedItemSummaryFragment } from '../gql/graphql';
import { formatDay } from '../reports/format';

/** A line about a curated item for people (its kind is shown next to its title): whom it is from, its state. */
export function itemMeta(t: TFunction, language: string, item: CuratedItemSummaryFragment): string {
  switch (item.__typename) {
    case 'Question':
      return [
        item.author.organisation.name,
        t(`question.status.${item.questionStatus}`),
        t('home.answers', { count: item.answerCount }),
      ].join(' · ');
    case 'Report':
      return [
        t(`reports.types.${item.type}`),
        item.publisher?.name,
        formatDay(item.publicationDate, language),
      ]
        .filter(Boolean)
        .join(' · ');
    case 'ExpertiseProfile':
      return [item.organisation?.name ?? item.municipality?.name].filter(Boolean).join(' · ');
    default:
      return t('review.itemTypes.ANSWER');
  }
}
