/**
 * A fluent Java DSL for writing a backend audit as one readable sentence. Start with
 * {@link dev.backendaudit.dsl.BackendAudit}; every other public type is a step of the grammar.
 *
 * <pre>{@code
 * Verdict verdict = BackendAudit.of("checkout-service")
 *     .performance(p -> p.latencyP95(Duration.ofMillis(870)).underPeakLoad())
 *     .scalability(s -> s.scaledByHand("scaled by hand during sales"))
 *     .evaluate();
 * }</pre>
 *
 * <p>The grammar is type-state: a bound without a measurement, a latency without its load, a
 * bound in the wrong direction, top-level bounds without the sign they detect, or {@code evaluate()}
 * before the subject is named do not compile. No clause wants a null: every clause that takes a note
 * has a form without it.
 *
 * <p>Every step is an immutable value: a shared step branches into independent audits, and
 * {@link dev.backendaudit.dsl.AuditStep#replacing replacing(...)} and
 * {@link dev.backendaudit.dsl.BackendAudit#startingFrom startingFrom(audit)} change what a base audit says.
 */
package dev.backendaudit.dsl;
