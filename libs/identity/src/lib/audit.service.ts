import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Connection, connectionFromSlice, ForwardPaginationArgs, offsetWindow } from '@ksp/shared';
import { IdentityRepository } from './identity.repository';
import {
  Actor,
  AuditEvent,
  AuditEventType,
  CURATION_AUDIT_TYPES,
  isAdmin,
  isCoordinator,
} from './identity.types';
import { forbidden } from './identity.errors';

export interface AuditInput {
  readonly actorUserId?: string | null;
  readonly subjectUserId?: string | null;
  readonly subjectEmail?: string | null;
  readonly clientAddress?: string | null;
  readonly details?: Record<string, unknown>;
}

/** The security audit log: written by the identity services, readable by admins. */
@Injectable()
export class AuditService {
  constructor(private readonly repository: IdentityRepository) {}

  async record(type: AuditEventType, input: AuditInput, manager?: EntityManager): Promise<void> {
    await this.repository.insertAuditEvent(
      {
        id: randomUUID(),
        type,
        actorUserId: input.actorUserId ?? null,
        subjectUserId: input.subjectUserId ?? null,
        subjectEmail: input.subjectEmail ?? null,
        clientAddress: input.clientAddress ?? null,
        details: JSON.stringify(input.details ?? {}),
      },
      manager,
    );
  }

  async list(
    actor: Actor,
    type: AuditEventType | null,
    page: ForwardPaginationArgs,
  ): Promise<Connection<AuditEvent>> {
    if (!isAdmin(actor)) throw forbidden('het auditlog te lezen');
    return this.page(type ? [type] : null, page);
  }

  /** The curation log: what coordinators did to content; for coordinators and admins. */
  async listCuration(
    actor: Actor,
    type: AuditEventType | null,
    page: ForwardPaginationArgs,
  ): Promise<Connection<AuditEvent>> {
    if (!isAdmin(actor) && !isCoordinator(actor)) throw forbidden('het curatielog te lezen');
    const types = type ? CURATION_AUDIT_TYPES.filter((t) => t === type) : CURATION_AUDIT_TYPES;
    return this.page(types, page);
  }

  private async page(
    types: readonly string[] | null,
    page: ForwardPaginationArgs,
  ): Promise<Connection<AuditEvent>> {
    const { start, first } = offsetWindow(page);
    const [rows, total] = await this.repository.listAuditEvents(types, start, first);
    const events: AuditEvent[] = rows.map((r) => ({
      id: r.id,
      type: r.type as AuditEventType,
      actorUserId: r.actorUserId,
      subjectUserId: r.subjectUserId,
      subjectEmail: r.subjectEmail,
      clientAddress: r.clientAddress,
      details: JSON.parse(r.details) as Record<string, unknown>,
      createdAt: r.createdAt,
    }));
    return connectionFromSlice(events, total, start);
  }
}
