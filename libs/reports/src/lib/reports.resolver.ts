import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DirectoryService, PolicyDomainModel, type PolicyDomain } from '@ksp/directory';
import {
  CurrentActor,
  OrganisationModel,
  OrganisationService,
  type Actor,
  type Organisation,
} from '@ksp/identity';
import { Public } from '@ksp/shared';
import {
  RejectReportArgs,
  ReportsArgs,
  SubmitReportInput,
  UpdateReportInput,
  UploadReportFileArgs,
} from './dto/report.inputs';
import { ReportConnection, ReportFileModel, ReportModel, UploadGrantModel } from './models/report.models';
import { ReportsService, UploadGrant } from './reports.service';
import { ReportSort, type Report, type ReportFile } from './report.types';

interface RequestLike {
  readonly protocol?: string;
  readonly host?: string;
  readonly hostname?: string;
}
interface GraphQLContext {
  readonly req?: RequestLike;
}

/**
 * The origin the client reached the API on (Fastify honours X-Forwarded-Proto/Host from trusted
 * proxies only): file URLs are absolute, on the same origin as /graphql.
 */
export function requestOrigin(ctx: GraphQLContext): string {
  const req = ctx.req ?? {};
  return `${req.protocol ?? 'http'}://${req.host ?? req.hostname ?? 'localhost'}`;
}

/** Per-request loaders, so a page of reports loads its publishers in one query. */
const publisherLoaders = new WeakMap<object, DataLoader<string, Organisation | null>>();

@Resolver(() => ReportModel)
export class ReportsResolver {
  constructor(
    private readonly service: ReportsService,
    private readonly organisations: OrganisationService,
    private readonly directory: DirectoryService,
  ) {}

  @Public()
  @Query(() => ReportModel, { description: 'A report the reader may see; NOT_FOUND otherwise.' })
  report(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<Report> {
    return this.service.get(actor, id);
  }

  @Public()
  @Query(() => ReportConnection, {
    description: 'Reports the reader may see; PUBLISHED and ARCHIVED unless filter.status says otherwise.',
  })
  reports(@CurrentActor() actor: Actor | null, @Args() args: ReportsArgs) {
    return this.service.list(actor, args.filter ?? {}, args.sort ?? ReportSort.NEWEST, args);
  }

  @Mutation(() => ReportModel, {
    description:
      'Submits a report. A coordinator of their own gemeente (or an admin) publishes directly; otherwise it waits for review.',
  })
  submitReport(@CurrentActor() actor: Actor, @Args('input') input: SubmitReportInput): Promise<Report> {
    return this.service.submit(actor, input);
  }

  @Mutation(() => ReportModel, {
    description:
      'Edits a report (the submitter while under review or rejected — a rejected report is then submitted again; coordinators and admins always).',
  })
  updateReport(@CurrentActor() actor: Actor, @Args('input') input: UpdateReportInput): Promise<Report> {
    return this.service.update(actor, input);
  }

  @Mutation(() => UploadGrantModel, {
    description:
      'A short-lived URL to PUT the raw bytes of a PDF or DOCX to (replacing the report’s file). The content must match the name’s extension.',
  })
  uploadReportFile(
    @CurrentActor() actor: Actor,
    @Args() args: UploadReportFileArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<UploadGrant> {
    return this.service.requestUpload(actor, args.reportId, args.fileName, requestOrigin(ctx));
  }

  @Mutation(() => ReportModel, { description: 'Coordinator of the submitter’s region, or admin.' })
  publishReport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Report> {
    return this.service.publish(actor, id);
  }

  @Mutation(() => ReportModel, {
    description: 'Coordinator of the submitter’s region, or admin; the submitter sees the reason.',
  })
  rejectReport(@CurrentActor() actor: Actor, @Args() args: RejectReportArgs): Promise<Report> {
    return this.service.reject(actor, args.id, args.reason);
  }

  @Mutation(() => ReportModel, { description: 'Coordinator of the submitter’s region, or admin.' })
  archiveReport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Report> {
    return this.service.archive(actor, id);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  publisher(@Parent() report: Report, @Context() ctx: object): Promise<Organisation | null> {
    let loader = publisherLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (codes: readonly string[]) => {
        const found = await this.organisations.byCodes(codes);
        return codes.map((code) => found.get(code) ?? null);
      });
      publisherLoaders.set(ctx, loader);
    }
    return loader.load(report.publisherOrganisationCode);
  }

  @ResolveField(() => [PolicyDomainModel])
  policyDomains(@Parent() report: Report): PolicyDomain[] {
    return report.policyDomainCodes.flatMap((code) => this.directory.findPolicyDomain(code) ?? []);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The first ~500 characters of the text of the file (null without a file or text).',
  })
  textExcerpt(@Parent() report: Report): string | null {
    return report.file?.textExcerpt || null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the reader may publish or reject it now.' })
  viewerCanPublish(@Parent() report: Report, @CurrentActor() actor: Actor | null): boolean {
    return this.service.canPublish(actor, report);
  }

  @ResolveField(() => Boolean, { description: 'Whether the reader may edit it and replace its file now.' })
  viewerCanEdit(@Parent() report: Report, @CurrentActor() actor: Actor | null): boolean {
    return this.service.canEdit(actor, report);
  }
}

@Resolver(() => ReportFileModel)
export class ReportFileResolver {
  constructor(private readonly reports: ReportsService) {}

  @ResolveField(() => String, {
    description:
      'A short-lived signed URL (minutes) that downloads the file; made only for someone who may see the report.',
  })
  downloadUrl(
    @Parent() file: ReportFile,
    @CurrentActor() actor: Actor | null,
    @Context() ctx: GraphQLContext,
  ): string {
    return this.reports.downloadUrl(actor, file, requestOrigin(ctx)).url;
  }
}
