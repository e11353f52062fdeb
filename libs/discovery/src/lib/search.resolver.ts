import { Args, Query, Resolver } from '@nestjs/graphql';
import { toDossierModel, type Dossier } from '@ksp/curation';
import { CurrentActor, PolicyService, type Actor } from '@ksp/identity';
import { Public } from '@ksp/shared';
import {
  SearchArgs,
  SearchFacetName,
  SearchResultsModel,
  SearchType,
  SuggestArgs,
  SuggestionModel,
} from './search.models';
import { SearchService, foundType } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly policy: PolicyService,
  ) {}

  @Public()
  @Query(() => SearchResultsModel, {
    name: 'search',
    description:
      'Zoeken in vragen, rapporten, expertiseprofielen en dossiers. Alleen wat u mag zien telt mee, ook in totalen en facetten.',
  })
  async searchAll(
    @CurrentActor() actor: Actor | null,
    @Args() args: SearchArgs,
  ): Promise<SearchResultsModel> {
    const page = await this.search.search(actor, {
      query: args.query,
      filter: args.filter,
      sort: args.sort,
      first: args.first,
      after: args.after,
      facets: args.facets,
    });
    return {
      totalCount: page.totalCount,
      pageInfo: page.pageInfo,
      facets: page.facets.map((f) => ({ field: f.field as SearchFacetName, values: [...f.values] })),
      hits: page.hits.map((h) => {
        let item = h.item;
        if (h.type === 'dossier') {
          item = toDossierModel(this.policy, actor, h.item as Dossier);
          foundType.set(item, 'dossier');
        }
        return {
          id: h.id,
          type: h.type as SearchType,
          score: h.score,
          item,
          highlights: h.highlights.map((x) => ({ field: x.field, snippet: x.snippet })),
        };
      }),
    };
  }

  @Public()
  @Query(() => [SuggestionModel], { description: 'Suggesties terwijl u typt (titels die u mag zien).' })
  async suggest(@CurrentActor() actor: Actor | null, @Args() args: SuggestArgs): Promise<SuggestionModel[]> {
    const suggestions = await this.search.suggest(actor, args.prefix, args.types, args.first ?? 8);
    return suggestions.map((s) => ({
      id: s.entityId,
      type: s.type as SearchType,
      text: s.title,
      highlighted: s.highlighted,
    }));
  }
}
