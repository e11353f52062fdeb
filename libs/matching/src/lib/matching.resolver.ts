import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryService, MunicipalityModel, type Municipality } from '@ksp/directory';
import { CurrentActor, type Actor } from '@ksp/identity';
import { ReportModel, type Report } from '@ksp/reports';
import {
  DeclineRoutingArgs,
  MatchesForDraftArgs,
  MatchesForQuestionArgs,
  EscalatedQuestionsArgs,
  QuestionsForMeArgs,
} from './dto/matching.inputs';
import { MatchingLoaders } from './matching.loaders';
import { MatchingService, type EscalatedQuestion } from './matching.service';
import {
  EscalatedQuestionConnection,
  EscalatedQuestionModel,
  MatchesModel,
  PersonMatchModel,
  ReportMatchModel,
  RoutedQuestionConnection,
  RoutedQuestionModel,
} from './models/matching.models';

/**
 * Matching and routing over GraphQL. Every operation needs a login; everything shown goes through
 * the policy layer (a match never reveals what the viewer may not see), and an invisible id is
 * NOT_FOUND.
 */
@Resolver()
export class MatchingResolver {
  constructor(private readonly service: MatchingService) {}

  @Query(() => MatchesModel, {
    description:
      'Experts, rapporten en eerdere beantwoorde vragen die bij een vraag passen, met redenen; NOT_FOUND als u de vraag niet mag zien.',
  })
  matchesForQuestion(@CurrentActor() actor: Actor, @Args() args: MatchesForQuestionArgs) {
    return this.service.matchesForQuestion(actor, args.id, args);
  }

  @Query(() => MatchesModel, {
    description:
      'Voor het plaatsen: wat er al is bij een vraag die u nog typt (vergelijkbare vragen, rapporten en experts).',
  })
  matchesForDraft(@CurrentActor() actor: Actor, @Args() args: MatchesForDraftArgs) {
    return this.service.matchesForDraft(actor, args.input, args);
  }

  @Query(() => RoutedQuestionConnection, {
    description: '"Vragen voor jou": vragen die aan u zijn doorgestuurd, nieuwste eerst (standaard de open).',
  })
  questionsForMe(@CurrentActor() actor: Actor, @Args() args: QuestionsForMeArgs) {
    return this.service.questionsForMe(actor, args.status, args);
  }

  @Query(() => EscalatedQuestionConnection, {
    description:
      'Coördinatoren: vragen uit uw regio’s die niet op tijd zijn beantwoord en naar volgende experts zijn gestuurd.',
  })
  escalatedQuestions(@CurrentActor() actor: Actor, @Args() args: EscalatedQuestionsArgs) {
    return this.service.escalatedQuestions(actor, args.regionId ?? null, args);
  }

  @Mutation(() => RoutedQuestionModel, {
    description:
      'Zegt nee tegen een doorgestuurde vraag ("niet mijn expertise"): hij verdwijnt uit "Vragen voor jou" en gaat naar de volgende expert.',
  })
  declineRouting(@CurrentActor() actor: Actor, @Args() args: DeclineRoutingArgs) {
    return this.service.declineRouting(actor, args.id, args.reason, args.note);
  }
}

/** The matching fields of a report. */
@Resolver(() => ReportModel)
export class ReportMatchingResolver {
  constructor(private readonly loaders: MatchingLoaders) {}

  @ResolveField(() => [ReportMatchModel], {
    description:
      'Andere rapporten over hetzelfde onderwerp die u mag zien, met redenen (voor de pagina van één rapport).',
  })
  relatedReports(
    @Parent() report: Report,
    @CurrentActor() actor: Actor | null,
    @Context() ctx: object,
    @Args('limit', { type: () => Int, nullable: true, description: '0–20 (default 5).' })
    limit?: number | null,
  ) {
    return this.loaders.of(ctx, actor).related.load({ report, limit: limit ?? null });
  }

  @ResolveField(() => [PersonMatchModel], {
    description:
      'Wie dit rapport goed kan gebruiken: wie over het onderwerp vroeg, en experts die eraan werken (met toestemming). Alleen voor ingelogde gebruikers.',
  })
  peopleWhoMightNeedThis(
    @Parent() report: Report,
    @CurrentActor() actor: Actor | null,
    @Context() ctx: object,
    @Args('limit', { type: () => Int, nullable: true, description: '0–20 (default 10).' })
    limit?: number | null,
  ) {
    return this.loaders.of(ctx, actor).people.load({ report, limit: limit ?? null });
  }
}

@Resolver(() => EscalatedQuestionModel)
export class EscalatedQuestionResolver {
  constructor(private readonly directory: DirectoryService) {}

  @ResolveField(() => MunicipalityModel, { nullable: true })
  municipality(@Parent() e: EscalatedQuestion): Municipality | null {
    return e.municipalityCode ? (this.directory.findMunicipality(e.municipalityCode) ?? null) : null;
  }
}
