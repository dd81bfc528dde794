import { ArrayType, PrimaryKeyProp } from '@mikro-orm/core';
import { Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { ComplaintEventKind, NoticeKind } from '../complaints/complaint.enums.js';
import { DeadlineUnit, RuleScope } from './deadline.enums.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * A statutory time limit of the manual (workflow.md, "Deadlines"), as data an administrator can
 * edit: when its deadline starts, how long it runs, what meets it.
 */
@Entity({ tableName: 'deadline_rule', policies: [bodyRows] })
@ObjectType({ description: 'A statutory time limit of the manual (workflow.md, "Deadlines"), editable by ADMIN' })
@Check({ name: 'deadline_rule_amount_positive', expression: 'amount > 0' })
export class DeadlineRule {
  [PrimaryKeyProp]?: ['organisationCode', 'code'];
  /** Issue 13: the body this row belongs to; part of its key (codes and numbers run per body). */
  @PrimaryKey({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string;

  @PrimaryKey({ type: 'text' })
  @Field(() => String, { description: 'e.g. REGISTER_SAO, FIRST_REPLY' })
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  nameTh!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  nameEn!: string;

  /** The manual's rule ids, e.g. "R2.1". */
  @Property({ type: 'text' })
  @Field(() => String)
  manualRef!: string;

  @Enum({ items: () => ComplaintEventKind, type: 'text' })
  @Field(() => ComplaintEventKind, { description: 'The event that starts the clock' })
  startEvent!: ComplaintEventKind;

  @Property({ type: 'integer' })
  @Field(() => Int)
  amount!: number;

  @Enum({ items: () => DeadlineUnit, type: 'text' })
  @Field(() => DeadlineUnit)
  unit!: DeadlineUnit;

  /** Any of these events meets the deadline. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [ComplaintEventKind], { description: 'Any of these events meets the clock' })
  stopEvents!: ComplaintEventKind[];

  /** For NOTICE_SENT: only these notice kinds meet it (empty: any). */
  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [NoticeKind], { description: 'For NOTICE_SENT: the notice kinds that meet it (empty: any)' })
  stopNoticeKinds!: string[];

  /** Events after which the stop can no longer happen: the deadline is CANCELLED. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [ComplaintEventKind], { description: 'Events after which the clock is CANCELLED' })
  cancelEvents!: ComplaintEventKind[];

  @Enum({ items: () => RuleScope, type: 'text' })
  @Field(() => RuleScope)
  appliesTo!: RuleScope;

  @Property({ type: 'smallint' })
  position!: number;
}
