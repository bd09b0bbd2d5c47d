/**
 * A fluent Java DSL for writing backend audits as one readable sentence. The grammar arrives with
 * the DSL issue; until then, build audits with {@code dev.backendaudit.model.Audit.builder}.
 */
package dev.backendaudit.dsl;
