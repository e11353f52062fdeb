import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { OrganisationService, type Actor, type Organisation } from '@ksp/identity';
import type { Addressee, Answer, Question } from './question.types';
import { QuestionsService } from './questions.service';

/**
 * The batches of one GraphQL request: every nested field of a page of questions (answers,
 * taakvelden, addressees, …) costs one statement for the whole page, whatever its size.
 */
export interface RequestLoaders {
  readonly question: DataLoader<string, Question | null>;
  readonly answers: DataLoader<string, Answer[]>;
  readonly policyDomainCodes: DataLoader<string, string[]>;
  readonly tags: DataLoader<string, string[]>;
  readonly audience: DataLoader<string, { regionIds: string[]; municipalityCodes: string[] }>;
  readonly addressees: DataLoader<string, Addressee[]>;
  readonly followedByMe: DataLoader<string, boolean>;
  readonly meTooByMe: DataLoader<string, boolean>;
  readonly organisation: DataLoader<string, Organisation | null>;
}

function fromMap<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, absent: V) {
  return new DataLoader<string, V>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? absent);
  });
}

function fromSet(load: (ids: readonly string[]) => Promise<Set<string>>) {
  return new DataLoader<string, boolean>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.has(id));
  });
}

/** Per-request loaders, keyed by the GraphQL context object (so they live as long as the request). */
@Injectable()
export class QuestionLoaders {
  private readonly byRequest = new WeakMap<object, RequestLoaders>();

  constructor(
    private readonly questions: QuestionsService,
    private readonly organisations: OrganisationService,
  ) {}

  of(context: object, actor: Actor | null): RequestLoaders {
    let loaders = this.byRequest.get(context);
    if (!loaders) {
      const s = this.questions;
      loaders = {
        question: fromMap((ids) => s.questionsByIds(actor, ids), null),
        answers: fromMap((ids) => s.answersOfQuestions(ids), []),
        policyDomainCodes: fromMap((ids) => s.policyDomainCodesOf(ids), []),
        tags: fromMap((ids) => s.tagsOf(ids), []),
        audience: fromMap((ids) => s.audiencesOf(ids), { regionIds: [], municipalityCodes: [] }),
        addressees: fromMap((ids) => s.addresseesOf(ids), []),
        followedByMe: fromSet((ids) => s.followedBy(actor, ids)),
        meTooByMe: fromSet((ids) => s.meTooBy(actor, ids)),
        organisation: fromMap((codes) => this.organisations.byCodes(codes), null),
      };
      this.byRequest.set(context, loaders);
    }
    return loaders;
  }
}
