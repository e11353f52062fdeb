import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { CurrentActor, type Actor } from '@ksp/identity';
import { AnswerModel, type Answer } from '@ksp/questions';
import { ReportModel } from './models/report.models';
import type { Report } from './report.types';
import { ReportsService } from './reports.service';

/** One batch of report lookups per GraphQL request (keyed by its context object). */
const loaders = new WeakMap<object, DataLoader<string, Report | null>>();

/**
 * `Answer.citedReports`: the reports an answer cites, as far as the reader may see them (a report
 * that is unpublished or not for this reader is left out, never shown as an error or a stub).
 */
@Resolver(() => AnswerModel)
export class AnswerCitationsResolver {
  constructor(private readonly reports: ReportsService) {}

  @ResolveField(() => [ReportModel], { description: 'Aangehaalde rapporten die u mag zien, in volgorde.' })
  citedReports(
    @Parent() answer: Answer,
    @CurrentActor() actor: Actor | null,
    @Context() ctx: object,
  ): Promise<Report[]> {
    return this.visibleCitations(answer, actor, ctx);
  }

  @ResolveField(() => [ID], { description: 'Ids of the cited reports the reader may see, in order.' })
  async citedReportIds(
    @Parent() answer: Answer,
    @CurrentActor() actor: Actor | null,
    @Context() ctx: object,
  ): Promise<string[]> {
    return (await this.visibleCitations(answer, actor, ctx)).map((r) => r.id);
  }

  private async visibleCitations(answer: Answer, actor: Actor | null, ctx: object): Promise<Report[]> {
    let loader = loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const found = await this.reports.byIds(actor, ids);
        return ids.map((id) => found.get(id) ?? null);
      });
      loaders.set(ctx, loader);
    }
    const found = await loader.loadMany([...answer.citedReportIds]);
    return found.filter((r): r is Report => !!r && !(r instanceof Error));
  }
}
