/**
 * How sure a verdict is, and what would change it: the best and worst outcomes its unknown findings still
 * allow ({@link dev.backendaudit.bounds.OutcomeBounds}), the evidence that would settle it, ranked
 * ({@link dev.backendaudit.bounds.SettleStep}, each with the {@link dev.backendaudit.bounds.EvidenceSource}
 * that would measure it), the least change to the present findings that would improve it
 * ({@link dev.backendaudit.bounds.FlipSet}) and the nearest finding whose worsening would make it worse
 * ({@link dev.backendaudit.bounds.Margin}), all in one {@link dev.backendaudit.bounds.Certainty} that every
 * verdict of the engine carries.
 *
 * <pre>{@code
 * Verdict verdict = Evaluator.evaluate(audit);
 * Certainty certainty = verdict.certainty();
 * certainty.bounds();        // OPTIMIZE .. REBUILD
 * certainty.settled();       // false: the missing evidence could still change it
 * certainty.settle();        // what to gather first, and what each would tell
 * certainty.flip();          // for a settled REBUILD: the least to fix to get out of it
 * certainty.margin();        // for HEALTHY or OPTIMIZE: the nearest finding that would make it worse
 * }</pre>
 *
 * <p>The values here depend on the model only; {@link dev.backendaudit.bounds.CertaintySearch} computes
 * them through the same strategy call and evidence policy the engine uses, and documents the search.
 */
package dev.backendaudit.bounds;
