import { Extensions } from 'type-graphql';

/**
 * Issue 9, item 2: the audit trail records which fields a mutation was given and the values only of
 * what names things (codes, numbers, ids), never of what a person wrote or who they are. Enums,
 * numbers, booleans and instants are recorded by their type; a text or an id only when its input
 * field carries `@Audited()`. `@Audited(false)` keeps no value at all below the field (the
 * complainant: an age is a person's too), only which of its fields were given.
 */
export const Audited = (recorded = true) => Extensions({ audited: recorded });

/**
 * Issue 9, item 7: a mutation that must do work outside any transaction before it writes (sign-in
 * counts the attempt and checks the password, which must not hold a connection in a transaction)
 * opens its write transaction itself with `ctx.write(...)`; the audit entry still commits with it.
 */
export const WritesLater = () => Extensions({ writesLater: true });

/**
 * Issue 12, item 5: a mutation a citizen makes without a session (the website form, a message
 * through the tracking code) keeps no client address in its audit entry, which names the complaint:
 * no IP address is stored with a complaint. The per-address limits keep theirs apart, and briefly.
 */
export const KeepsNoAddress = () => Extensions({ keepsNoAddress: true });
