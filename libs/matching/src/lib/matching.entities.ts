import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A question routed to an expert: an item in their "Vragen voor jou". One per (question, profile):
 * an expert is never routed the same question twice. `round` 0 is the routing on publish, 1… the
 * escalations. Reasons and score as they were when routed.
 */
@Entity('matching_routing')
@Index(['questionId', 'expertiseProfileId'], { unique: true })
@Index(['userId', 'status'])
@Index(['expertiseProfileId', 'status'])
@Index(['status', 'routedAt'])
export class RoutingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 36 }) questionId!: string;
  @Column({ type: 'varchar', length: 36 }) expertiseProfileId!: string;
  /** The expert's account (only USER profiles are routed to: they have an inbox). */
  @Column({ type: 'varchar', length: 36 }) userId!: string;
  /** ROUTED | DECLINED | ANSWERED | ESCALATED | CLOSED. */
  @Column({ type: 'varchar', length: 12 }) status!: string;
  @Column({ type: 'integer' }) round!: number;
  @Column({ type: 'real' }) score!: number;
  /** JSON array of Dutch strings. */
  @Column({ type: 'text' }) reasons!: string;
  /** JSON array: the question's taakvelden when routed (declines lower similar matches). */
  @Column({ type: 'text' }) policyDomainCodes!: string;
  @Column({ type: Date }) routedAt!: Date;
  /** When the expert declined or answered, or the question closed. */
  @Column({ type: Date, nullable: true }) respondedAt!: Date | null;
  /** NOT_MY_EXPERTISE | NO_CAPACITY | OTHER. */
  @Column({ type: 'varchar', length: 24, nullable: true }) declineReason!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) declineNote!: string | null;
  @Column({ type: Date }) updatedAt!: Date;
}

/**
 * A question nobody answered in time, escalated to the next experts: the coordinators of the
 * asker's gemeente's regions read these ("Onbeantwoorde vragen in uw regio").
 */
@Entity('matching_escalation')
@Index(['questionId', 'round'], { unique: true })
export class EscalationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 36 }) questionId!: string;
  /** The asker's gemeente: whose coordinators are told. */
  @Index()
  @Column({ type: 'varchar', length: 6, nullable: true })
  municipalityCode!: string | null;
  @Column({ type: 'integer' }) round!: number;
  /** How many further experts it was routed to (0: nobody was left). */
  @Column({ type: 'integer' }) routedTo!: number;
  @Column({ type: Date }) createdAt!: Date;
}

/** The tables of this library (added to the hub's entity list in apps/api/src/entities.ts). */
export const MATCHING_ENTITIES: Function[] = [RoutingEntity, EscalationEntity];
