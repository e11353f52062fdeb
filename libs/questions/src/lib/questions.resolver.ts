import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  DirectoryService,
  MunicipalityModel,
  PolicyDomainModel,
  type Municipality,
  type PolicyDomain,
} from '@ksp/directory';
import {
  AudienceModel,
  CurrentActor,
  OrganisationKind,
  OrganisationModel,
  VisibilityScope,
  type Actor,
  type Organisation,
} from '@ksp/identity';
import { Clock, Public, renderMarkdown } from '@ksp/shared';
import {
  AnswerQuestionInput,
  AskQuestionInput,
  QuestionsArgs,
  UpdateAnswerInput,
  UpdateQuestionInput,
} from './dto/question.inputs';
import { QuestionLoaders } from './question.loaders';
import {
  AddresseeStatus,
  QuestionStatus,
  type Addressee,
  type Answer,
  type AuthorRef,
  type Question,
} from './question.types';
import {
  AnswerModel,
  QuestionAddresseeModel,
  QuestionAuthorModel,
  QuestionConnection,
  QuestionModel,
} from './models/question.models';
import { QuestionsService } from './questions.service';

const hasAddressees = (q: Question) =>
  q.scope === VisibilityScope.NEIGHBOURS || q.scope === VisibilityScope.MUNICIPALITIES;

@Resolver(() => QuestionModel)
export class QuestionResolver {
  constructor(
    private readonly service: QuestionsService,
    private readonly loaders: QuestionLoaders,
    private readonly directory: DirectoryService,
  ) {}

  // ---- queries -------------------------------------------------------------------------------

  @Public()
  @Query(() => QuestionModel, { description: 'Een vraag; NOT_FOUND als u haar niet mag zien.' })
  question(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Public()
  @Query(() => QuestionConnection, { description: 'De vragen die u mag zien, gefilterd en gesorteerd.' })
  questions(@CurrentActor() actor: Actor | null, @Args() args: QuestionsArgs) {
    return this.service.list(actor, args.filter, args.sort, args);
  }

  // ---- mutations -----------------------------------------------------------------------------

  @Mutation(() => QuestionModel, { description: 'Stel een vraag; u volgt haar vanzelf.' })
  askQuestion(@CurrentActor() actor: Actor, @Args('input') input: AskQuestionInput) {
    return this.service.ask(actor, input);
  }

  @Mutation(() => QuestionModel, {
    description:
      'De vraagsteller wijzigt de vraag zolang er geen antwoord is (CONFLICT daarna, of bij een oude versie).',
  })
  updateQuestion(@CurrentActor() actor: Actor, @Args('input') input: UpdateQuestionInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => QuestionModel)
  followQuestion(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.follow(actor, id);
  }

  @Mutation(() => QuestionModel)
  unfollowQuestion(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.unfollow(actor, id);
  }

  @Mutation(() => QuestionModel, {
    description:
      '"Ik wil dit ook weten": zet (meToo: true, standaard) of trekt in (false); herhalen verandert niets. Zetten volgt de vraag ook.',
  })
  meTooQuestion(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('meToo', { type: () => Boolean, defaultValue: true }) meToo: boolean,
  ) {
    return this.service.meToo(actor, id, meToo);
  }

  @Mutation(() => QuestionModel, {
    description: 'De vraagsteller of een coördinator sluit de vraag, met een reden.',
  })
  closeQuestion(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ) {
    return this.service.close(actor, id, reason);
  }

  @Mutation(() => QuestionModel)
  reopenQuestion(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.reopen(actor, id);
  }

  @Mutation(() => QuestionModel, {
    description: 'Coördinator: sluit de vraag als duplicaat; haar volgers gaan over naar de andere vraag.',
  })
  markDuplicate(
    @CurrentActor() actor: Actor,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('duplicateOfId', { type: () => ID }) duplicateOfId: string,
  ) {
    return this.service.markDuplicate(actor, questionId, duplicateOfId);
  }

  @Mutation(() => QuestionModel, {
    description: 'Namens een aangeschreven gemeente afzien van antwoorden, met een reden.',
  })
  declineQuestion(
    @CurrentActor() actor: Actor,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('reason') reason: string,
  ) {
    return this.service.decline(actor, questionId, reason);
  }

  // ---- fields --------------------------------------------------------------------------------

  @ResolveField(() => String, { description: 'The body as safe HTML.' })
  bodyHtml(@Parent() q: Question): string {
    return renderMarkdown(q.body);
  }

  @ResolveField(() => AudienceModel)
  async audience(
    @Parent() q: Question,
    @Context() ctx: object,
    @CurrentActor() actor: Actor | null,
  ): Promise<AudienceModel> {
    if (q.scope !== VisibilityScope.REGIONS && q.scope !== VisibilityScope.MUNICIPALITIES) {
      return { scope: q.scope, regionIds: [], municipalityCodes: [] };
    }
    const a = await this.loaders.of(ctx, actor).audience.load(q.id);
    return { scope: q.scope, regionIds: a.regionIds, municipalityCodes: a.municipalityCodes };
  }

  @ResolveField(() => [PolicyDomainModel])
  async policyDomains(
    @Parent() q: Question,
    @Context() ctx: object,
    @CurrentActor() actor: Actor | null,
  ): Promise<PolicyDomain[]> {
    const codes = await this.loaders.of(ctx, actor).policyDomainCodes.load(q.id);
    return codes.flatMap((c) => this.directory.findPolicyDomain(c) ?? []);
  }

  @ResolveField(() => [String])
  tags(@Parent() q: Question, @Context() ctx: object, @CurrentActor() actor: Actor | null) {
    return this.loaders.of(ctx, actor).tags.load(q.id);
  }

  @ResolveField(() => [AnswerModel], { description: 'All answers, oldest first.' })
  answers(@Parent() q: Question, @Context() ctx: object, @CurrentActor() actor: Actor | null) {
    return q.answerCount === 0 ? [] : this.loaders.of(ctx, actor).answers.load(q.id);
  }

  @ResolveField(() => AnswerModel, { nullable: true })
  async acceptedAnswer(
    @Parent() q: Question,
    @Context() ctx: object,
    @CurrentActor() actor: Actor | null,
  ): Promise<Answer | null> {
    if (!q.acceptedAnswerId) return null;
    const answers = await this.loaders.of(ctx, actor).answers.load(q.id);
    return answers.find((a) => a.id === q.acceptedAnswerId) ?? null;
  }

  @ResolveField(() => Boolean)
  followedByMe(@Parent() q: Question, @Context() ctx: object, @CurrentActor() actor: Actor | null) {
    return actor ? this.loaders.of(ctx, actor).followedByMe.load(q.id) : false;
  }

  @ResolveField(() => Boolean, { description: 'Whether you said "ik wil dit ook weten".' })
  meTooByMe(@Parent() q: Question, @Context() ctx: object, @CurrentActor() actor: Actor | null) {
    return actor ? this.loaders.of(ctx, actor).meTooByMe.load(q.id) : false;
  }

  @ResolveField(() => [QuestionAddresseeModel], {
    description: 'The gemeenten it is addressed to (buurgemeenten or chosen ones), with their replies.',
  })
  addressees(@Parent() q: Question, @Context() ctx: object, @CurrentActor() actor: Actor | null) {
    return hasAddressees(q) ? this.loaders.of(ctx, actor).addressees.load(q.id) : [];
  }

  @ResolveField(() => QuestionModel, {
    nullable: true,
    description: 'The question this one duplicates; null when there is none or you may not see it.',
  })
  duplicateOf(@Parent() q: Question, @Context() ctx: object, @CurrentActor() actor: Actor | null) {
    return q.duplicateOfId ? this.loaders.of(ctx, actor).question.load(q.duplicateOfId) : null;
  }

  @ResolveField(() => Boolean, { description: 'You may edit it (the asker, while it has no answers).' })
  viewerCanEdit(@Parent() q: Question, @CurrentActor() actor: Actor | null): boolean {
    return !!actor && q.author.id === actor.userId && q.answerCount === 0;
  }

  @ResolveField(() => Boolean, { description: 'You may answer it (open, and not your own question).' })
  viewerCanAnswer(@Parent() q: Question, @CurrentActor() actor: Actor | null): boolean {
    return !!actor && q.status === QuestionStatus.OPEN && q.author.id !== actor.userId;
  }

  @ResolveField(() => Boolean, { description: 'You may accept an answer (the asker or a coordinator).' })
  viewerCanAccept(@Parent() q: Question, @CurrentActor() actor: Actor | null): boolean {
    return q.answerCount > 0 && this.service.mayCurate(actor, q);
  }

  @ResolveField(() => Boolean, { description: 'You may close or reopen it (the asker or a coordinator).' })
  viewerCanClose(@Parent() q: Question, @CurrentActor() actor: Actor | null): boolean {
    return this.service.mayCurate(actor, q);
  }

  @ResolveField(() => Boolean, { description: 'You may mark it as a duplicate (a coordinator).' })
  viewerCanMarkDuplicate(@Parent() q: Question, @CurrentActor() actor: Actor | null): boolean {
    return !q.duplicateOfId && this.service.coordinates(actor, q);
  }

  @ResolveField(() => Boolean, {
    description: 'You may decline it for your gemeente (addressed, open, not yet answered by your gemeente).',
  })
  async viewerCanDecline(
    @Parent() q: Question,
    @Context() ctx: object,
    @CurrentActor() actor: Actor | null,
  ): Promise<boolean> {
    if (!actor?.municipalityCode || q.status !== QuestionStatus.OPEN || !hasAddressees(q)) return false;
    const own = (await this.loaders.of(ctx, actor).addressees.load(q.id)).find(
      (a) => a.municipalityCode === actor.municipalityCode,
    );
    return !!own && own.status !== AddresseeStatus.ANSWERED;
  }
}

@Resolver(() => AnswerModel)
export class AnswerResolver {
  constructor(
    private readonly service: QuestionsService,
    private readonly loaders: QuestionLoaders,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Query(() => AnswerModel, { description: 'Een antwoord; NOT_FOUND als u de vraag niet mag zien.' })
  answer(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.service.getAnswer(actor, id);
  }

  @Mutation(() => AnswerModel, {
    description: 'Beantwoord een open vraag die u mag zien (niet uw eigen vraag).',
  })
  answerQuestion(@CurrentActor() actor: Actor, @Args('input') input: AnswerQuestionInput) {
    return this.service.answer(actor, input);
  }

  @Mutation(() => AnswerModel, {
    description: 'De auteur wijzigt het antwoord (CONFLICT bij een oude versie).',
  })
  updateAnswer(@CurrentActor() actor: Actor, @Args('input') input: UpdateAnswerInput) {
    return this.service.updateAnswer(actor, input);
  }

  @Mutation(() => AnswerModel, {
    description: 'De vraagsteller of een coördinator accepteert dit antwoord (een ander accepteren wisselt).',
  })
  acceptAnswer(@CurrentActor() actor: Actor, @Args('answerId', { type: () => ID }) answerId: string) {
    return this.service.acceptAnswer(actor, answerId);
  }

  @ResolveField(() => String, { description: 'The body as safe HTML.' })
  bodyHtml(@Parent() a: Answer): string {
    return renderMarkdown(a.body);
  }

  @ResolveField(() => QuestionModel, { nullable: true, description: 'The question it answers.' })
  question(@Parent() a: Answer, @Context() ctx: object, @CurrentActor() actor: Actor | null) {
    return this.loaders.of(ctx, actor).question.load(a.questionId);
  }

  @ResolveField(() => Boolean, { description: 'Its "geldig tot" has passed: to be re-checked.' })
  expired(@Parent() a: Answer): boolean {
    return !!a.validUntil && a.validUntil.getTime() <= this.clock.now().getTime();
  }

  @ResolveField(() => Boolean, { description: 'You wrote it and may edit it.' })
  viewerCanEdit(@Parent() a: Answer, @CurrentActor() actor: Actor | null): boolean {
    return !!actor && a.author.id === actor.userId;
  }
}

@Resolver(() => QuestionAuthorModel)
export class QuestionAuthorResolver {
  constructor(private readonly loaders: QuestionLoaders) {}

  @ResolveField(() => OrganisationModel)
  async organisation(
    @Parent() author: AuthorRef,
    @Context() ctx: object,
    @CurrentActor() actor: Actor | null,
  ): Promise<Organisation> {
    const org = await this.loaders.of(ctx, actor).organisation.load(author.organisationCode);
    return (
      org ?? {
        code: author.organisationCode,
        kind: OrganisationKind.OVERIG,
        name: author.organisationCode,
        municipalityCode: null,
        emailDomains: [],
      }
    );
  }
}

@Resolver(() => QuestionAddresseeModel)
export class QuestionAddresseeResolver {
  constructor(private readonly directory: DirectoryService) {}

  @ResolveField(() => MunicipalityModel)
  municipality(@Parent() a: Addressee): Municipality {
    return this.directory.getMunicipality(a.municipalityCode);
  }
}
