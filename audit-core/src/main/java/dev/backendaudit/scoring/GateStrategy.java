package dev.backendaudit.scoring;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Decision;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Unit;
import dev.backendaudit.scoring.internal.Outcomes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pass/fail conditions on named measurements, the way quality gates work: the gate passes
 * (HEALTHY, {@value #PASSED}) when every condition holds; it fails ({@value #FAILED}) with the worst
 * failure outcome of the conditions that fail; when none fails but a measurement is missing, it is
 * INCONCLUSIVE ({@value #MISSING}): a gate never passes on missing evidence. A measurement whose
 * evidence says it does not apply skips its condition; a gate whose every condition was skipped
 * checked nothing and is INCONCLUSIVE ({@value #NOTHING_CHECKED}), never a pass.
 *
 * <p>The gate reads the measurements of the audit: those its criteria judged and the context
 * evidence no criterion judges (so a gate may hold a measurement the checklist has no bound for).
 *
 * <p>The default gate holds the DORA delivery keys and latency at the standard checklist's warning
 * bounds, each failing as OPTIMIZE: deployments at least weekly, lead time at most 7 days, change
 * failure rate at most 15 %, time to restore at most a day, p95 latency at peak at most 300 ms,
 * p99 latency at peak at most 1 s, error rate at most 1 %.
 *
 * <p>Choose it for CI and release checks, where the question is "may this ship?" and teams agree
 * on a few numbers; compose it with another strategy (see {@link CompositeStrategy}) for the
 * optimize-or-rebuild question. The verdict's figures hold each condition's {@link #result(GateCondition)}.
 *
 * <pre>{@code
 * Strategies.gate();                                                     // the DORA and latency gate
 * Strategies.gate(List.of(
 *         GateCondition.above(Metrics.LATENCY_P99_PEAK, Quantity.millis(800)),
 *         GateCondition.above(Metrics.ERROR_RATE, Quantity.percent(5)).failing(Outcome.REBUILD)));
 * }</pre>
 */
public final class GateStrategy extends ConfiguredStrategy<List<GateCondition>> {

    /** The strategy's name. */
    public static final String NAME = "gate";
    /** The strategy's version. */
    public static final String VERSION = "2.0";
    /** Rule id: every condition holds. */
    public static final String PASSED = "gate-passed";
    /** Rule id: some condition fails. */
    public static final String FAILED = "gate-failed";
    /** Rule id: no condition fails, but a measurement is missing. */
    public static final String MISSING = "measurement-missing";
    /** Rule id: every condition was skipped, because its measurement does not apply. */
    public static final String NOTHING_CHECKED = "nothing-checked";

    /**
     * Figure: what became of {@code condition}: {@code "passed: ..."}, {@code "failed: ..."},
     * {@code "skipped: ..."} or {@code "missing: ..."}.
     *
     * @param condition a condition of the gate
     * @return the key, named {@link GateCondition#key()}
     */
    public static Figure<String> result(GateCondition condition) {
        return Figure.text(NAME, condition.key());
    }

    /** The default conditions: DORA keys and latency, each failing as OPTIMIZE. */
    public static final List<GateCondition> STANDARD = List.of(
            GateCondition.below(Metrics.DEPLOYMENT_FREQUENCY, Quantity.of(1, Unit.PER_WEEK)),
            GateCondition.above(Metrics.LEAD_TIME, Quantity.of(7, Unit.DAYS)),
            GateCondition.above(Metrics.CHANGE_FAILURE_RATE, Quantity.percent(15)),
            GateCondition.above(Metrics.TIME_TO_RESTORE, Quantity.of(1, Unit.DAYS)),
            GateCondition.above(Metrics.LATENCY_P95_PEAK, Quantity.millis(300)),
            GateCondition.above(Metrics.LATENCY_P99_PEAK, Quantity.of(Duration.ofSeconds(1))),
            GateCondition.above(Metrics.ERROR_RATE, Quantity.percent(1)));

    /** The gate with the {@link #STANDARD} conditions; public for {@link java.util.ServiceLoader}. */
    public GateStrategy() {
        this(STANDARD);
    }

    /**
     * The gate with {@code conditions}.
     *
     * @throws IllegalArgumentException if there are none, or two read the same metric in the same direction
     */
    public GateStrategy(List<GateCondition> conditions) {
        super(NAME, VERSION, checked(conditions));
    }

    private static List<GateCondition> checked(List<GateCondition> conditions) {
        List<GateCondition> copy = Checks.listCopy("gate conditions", conditions);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("gate conditions must not be empty: a gate without conditions checks nothing");
        }
        Set<String> keys = new HashSet<>();
        for (GateCondition condition : copy) {
            if (!keys.add(condition.key())) {
                throw new IllegalArgumentException("gate conditions must differ in metric or direction, but two are "
                        + condition.key());
            }
        }
        return copy;
    }

    /** The gate's conditions. */
    public List<GateCondition> conditions() {
        return config();
    }



    @Override
    public Decision decide(Assessment assessment, AuditHistory history) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("history", history);
        List<String> failed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Outcome worst = Outcome.HEALTHY;
        List<Object[]> results = new ArrayList<>();
        for (GateCondition condition : config()) {
            Evidence evidence = evidenceFor(assessment, condition);
            String result;
            if (evidence instanceof Measurement) {
                Measurement measurement = (Measurement) evidence;
                if (condition.failsFor(measurement.baseValue())) {
                    worst = Outcomes.worse(worst, condition.onFailure());
                    result = "failed: " + measurement.value() + " is " + condition.failsWhen().beyondWord() + " "
                            + condition.bound() + " (" + condition.onFailure() + ")";
                    failed.add(condition.metric().name() + " " + measurement.value() + " is "
                            + condition.failsWhen().beyondWord() + " " + condition.bound() + "; source: "
                            + measurement.provenance());
                } else {
                    result = "passed: " + measurement.value() + " is not " + condition.failsWhen().beyondWord() + " "
                            + condition.bound();
                }
            } else if (evidence instanceof NotApplicable) {
                result = "skipped: " + ((NotApplicable) evidence).reason();
                skipped.add(condition.metric().name());
            } else {
                result = "missing: no measurement of " + condition.metric().name();
                missing.add(condition.metric().name());
            }
            results.add(new Object[] {condition, result});
        }
        Decision.Builder decision;
        if (!failed.isEmpty()) {
            decision = Decision.builder(worst).reason(FAILED, "The gate fails: " + String.join("; ", failed));
        } else if (!missing.isEmpty()) {
            decision = Decision.builder(Outcome.INCONCLUSIVE).reason(MISSING, "No condition fails, but the gate cannot"
                    + " pass without " + String.join(", ", missing));
        } else if (skipped.size() == config().size()) {
            decision = Decision.builder(Outcome.INCONCLUSIVE).reason(NOTHING_CHECKED, "The gate checked nothing: every"
                    + " condition's measurement does not apply (" + String.join(", ", skipped) + ")");
        } else {
            int held = config().size() - skipped.size();
            decision = Decision.builder(Outcome.HEALTHY).reason(PASSED, "The gate passes: " + (skipped.isEmpty()
                    ? "all " + held + " conditions hold" : held + " of " + config().size() + " conditions hold, and "
                    + String.join(", ", skipped) + (skipped.size() == 1 ? " does" : " do") + " not apply"));
        }
        for (Object[] result : results) {
            decision.figure(result((GateCondition) result[0]), (String) result[1]);
        }
        return decision.build();
    }

    /** The measurement (or not-applicable evidence) the assessment holds for the condition's metric. */
    private static Evidence evidenceFor(Assessment assessment, GateCondition condition) {
        for (Finding finding : assessment.findings()) {
            if (finding.evidence().isPresent() && fits(finding.evidence().get(), condition)) {
                return finding.evidence().get();
            }
        }
        for (Evidence evidence : assessment.context()) {
            if (fits(evidence, condition)) {
                return evidence;
            }
        }
        return null;
    }

    private static boolean fits(Evidence evidence, GateCondition condition) {
        return evidence.topic().equals(condition.metric())
                && (evidence instanceof Measurement || evidence instanceof NotApplicable);
    }

}
