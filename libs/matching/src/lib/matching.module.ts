import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryService } from '@ksp/directory';
import { SEARCH_ENGINE, type SearchEngine } from '@ksp/search';
import { Matcher } from './matcher';
import { matchingConfig, type MatchingConfig } from './matching.config';
import { MATCHING_ENTITIES } from './matching.entities';
import { MatchingLoaders } from './matching.loaders';
import { EscalationNotifier } from './escalation-notifier';
import {
  HUB_MATCHER,
  MATCHING_CONFIG,
  MATCHING_PUBLIC_URL,
  type MatchingModuleOptions,
} from './matching.options';
import { MatchingRepository } from './matching.repository';
import { EscalatedQuestionResolver, MatchingResolver, ReportMatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';
import { HubMatchingSources, type Reader } from './matching.sources';
import { viewsOfDirectory } from './ranking/views';
import { RoutingService } from './routing.service';

/** Every taakveld code of the directory (hoofdstukken and taakvelden, current and superseded). */
function allPolicyDomainCodes(directory: DirectoryService): string[] {
  const out: string[] = [];
  const stack = directory.policyDomainTree().map((d) => d.code);
  while (stack.length) {
    const code = stack.pop()!;
    out.push(code);
    for (const child of directory.policyDomainChildren(code)) stack.push(child.code);
  }
  return out;
}

/**
 * Matching and routing (issue 6): matchesForQuestion, matchesForDraft, the report fields
 * relatedReports and peopleWhoMightNeedThis, "Vragen voor jou" (questionsForMe, declineRouting),
 * escalation of unanswered questions (escalatedQuestions for coordinators, and a mail to them), and
 * routing on publish as an outbox handler. Needs (global providers): SEARCH_ENGINE (discovery), OutboxHandlerRegistry
 * (persistence), PolicyService, OrganisationService, AccountService and Mailer (identity), DirectoryService, Clock, and the
 * services of questions, reports and expertise.
 */
@Module({})
export class MatchingModule {
  static forRoot(options: MatchingModuleOptions = {}): DynamicModule {
    return {
      module: MatchingModule,
      imports: [TypeOrmModule.forFeature(MATCHING_ENTITIES)],
      providers: [
        { provide: MATCHING_CONFIG, useValue: matchingConfig(options.config) },
        { provide: MATCHING_PUBLIC_URL, useValue: (options.publicUrl ?? '').replace(/\/$/, '') },
        MatchingRepository,
        HubMatchingSources,
        {
          provide: HUB_MATCHER,
          inject: [SEARCH_ENGINE, HubMatchingSources, DirectoryService, MATCHING_CONFIG],
          useFactory: (
            engine: SearchEngine,
            sources: HubMatchingSources,
            directory: DirectoryService,
            config: MatchingConfig,
          ): Matcher<Reader> => {
            const { taxonomy, geography } = viewsOfDirectory(directory);
            return new Matcher(engine, sources, taxonomy, geography, config, () =>
              allPolicyDomainCodes(directory),
            );
          },
        },
        RoutingService,
        EscalationNotifier,
        MatchingService,
        MatchingLoaders,
        MatchingResolver,
        ReportMatchingResolver,
        EscalatedQuestionResolver,
      ],
      exports: [MatchingService, RoutingService],
    };
  }
}
