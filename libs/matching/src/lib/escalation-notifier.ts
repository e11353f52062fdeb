import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DirectoryService } from '@ksp/directory';
import { AccountService, Mailer } from '@ksp/identity';
import { OutboxHandlerRegistry, type OutboxEvent, type OutboxHandler } from '@ksp/persistence';
import { QuestionsService } from '@ksp/questions';
import type { MatchingConfig } from './matching.config';
import { MATCHING_CONFIG, MATCHING_PUBLIC_URL } from './matching.options';

/**
 * Tells the coordinators of the asker's regions by mail when a question is escalated (nobody
 * answered it in time): an outbox handler for `question.escalated`, after routing. The mail links
 * to the question. Each coordinator's mail is written from the question as read by that coordinator
 * through the policy layer: one who may not see it gets no mail.
 *
 * Delivery is at least once: a batch is handled again when a later step fails, so a coordinator
 * may, rarely, get the same mail twice; a mailer that is down holds up only these events, retried
 * with the outbox's backoff.
 */
@Injectable()
export class EscalationNotifier implements OutboxHandler, OnModuleInit {
  readonly name = 'matching-escalation-mail';
  readonly order = 20;

  constructor(
    private readonly registry: OutboxHandlerRegistry,
    private readonly accounts: AccountService,
    private readonly questions: QuestionsService,
    private readonly directory: DirectoryService,
    private readonly mailer: Mailer,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
    @Inject(MATCHING_PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async handle(events: readonly OutboxEvent[]): Promise<void> {
    for (const event of events) {
      if (event.aggregateType !== 'question_routing' || event.type !== 'question.escalated') continue;
      const municipalityCode = event.payload['authorMunicipalityCode'];
      if (typeof municipalityCode !== 'string') continue;
      const gemeente = this.directory.findMunicipality(municipalityCode)?.name ?? municipalityCode;
      for (const { user: coordinator, actor } of await this.accounts.coordinatorsOf(municipalityCode)) {
        const question = (await this.questions.questionsByIds(actor, [event.aggregateId])).get(
          event.aggregateId,
        );
        if (!question) continue;
        const link = `${this.publicUrl}/vragen/${encodeURIComponent(question.id)}`;
        await this.mailer.send({
          to: coordinator.email,
          subject: `Vraag zonder antwoord: ${question.title}`,
          text:
            `Beste ${coordinator.displayName},\n\n` +
            `De vraag "${question.title}" uit ${gemeente} heeft na ${this.config.routing.escalationDays} dagen nog geen antwoord. ` +
            `Het Kennisschakelpunt heeft de vraag doorgezet naar de volgende experts.\n\n` +
            `Bekijk de vraag:\n${link}\n\n` +
            `U krijgt dit bericht als coördinator van een regio waar ${gemeente} bij hoort.\n`,
        });
      }
    }
  }
}
