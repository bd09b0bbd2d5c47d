package dev.backendaudit.test;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.OutcomeBounds;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.NearestMatch;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.test.baseline.Baseline;
import dev.backendaudit.test.baseline.BaselineComparison;
import dev.backendaudit.test.baseline.Waivers;
import dev.backendaudit.test.internal.Describe;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Verdict}; start with {@code AuditAssertions.assertThat(verdict)}.
 *
 * <pre>{@code
 * assertThat(verdict)
 *         .isNotWorseThan(Outcome.OPTIMIZE)
 *         .hasNoFindingAtLeast(Severity.CRITICAL)
 *         .hasCoverageAtLeast(0.8)
 *         .area(Areas.SCALABILITY).isHealthy();
 * }</pre>
 *
 * <p>How sure the verdict is can be asserted too: that no missing evidence can change it, or make it worse
 * than a limit.
 *
 * <pre>{@code
 * assertThat(verdict).isSettled();                              // both bounds are the outcome
 * assertThat(verdict).cannotBecomeWorseThan(Outcome.OPTIMIZE);  // whatever the unknown criteria show
 * assertThat(verdict).hasBounds(Outcome.OPTIMIZE, Outcome.REBUILD);
 * }</pre>
 *
 * <p>Every failure shows expected and actual, the rationale, and the findings behind the verdict
 * with their evidence and sources, so a developer reading only the CI log knows what to fix; a failure
 * about the bounds shows them, what would settle the verdict and what would flip it.
 */
public class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {

    /** Use {@code AuditAssertions.assertThat(verdict)}. */
    protected VerdictAssert(Verdict actual) {
        super(actual, VerdictAssert.class);
    }

    /** The outcome is {@code expected}. */
    public VerdictAssert hasOutcome(Outcome expected) {
        isNotNull();
        Checks.notNull("expected outcome", expected);
        if (actual.outcome() != expected) {
            failWithMessage("Expecting outcome %s but was %s.%n%s", expected, actual.outcome(), Describe.verdict(actual));
        }
        return myself;
    }

    /** The outcome is HEALTHY: every area healthy on evidence. */
    public VerdictAssert isHealthy() {
        return hasOutcome(Outcome.HEALTHY);
    }

    /**
     * The outcome is decided and no worse than {@code limit} (HEALTHY &lt; OPTIMIZE &lt; REBUILD). An
     * INCONCLUSIVE verdict fails: too little evidence is not a pass.
     *
     * @throws IllegalArgumentException if {@code limit} is INCONCLUSIVE
     */
    public VerdictAssert isNotWorseThan(Outcome limit) {
        isNotNull();
        Checks.notNull("outcome limit", limit);
        if (!limit.isDecided()) {
            throw new IllegalArgumentException("outcome limit must be HEALTHY, OPTIMIZE or REBUILD, but was " + limit);
        }
        if (!actual.outcome().isDecided()) {
            failWithMessage("Expecting outcome not worse than %s but was INCONCLUSIVE: too little evidence to decide.%n%s%s%s",
                    limit, Describe.verdict(actual), Describe.findings("Evidence that would settle it", actual.unknown()),
                    Describe.certainty(actual));
        }
        if (actual.outcome().isWorseThan(limit)) {
            failWithMessage("Expecting outcome not worse than %s but was %s.%n%s", limit, actual.outcome(),
                    Describe.verdict(actual));
        }
        return myself;
    }

    /**
     * Nothing got worse since {@code earlier}: the outcome is no worse, and no finding is new or more
     * severe. A verdict that became INCONCLUSIVE after a decided one fails: evidence was lost.
     */
    public VerdictAssert isNotWorseThan(Verdict earlier) {
        isNotNull();
        Checks.notNull("earlier verdict", earlier);
        if (earlier.outcome().isDecided() && !actual.outcome().isDecided()) {
            failWithMessage("Expecting verdict not worse than the earlier %s of %s but it is INCONCLUSIVE: evidence was lost.%n%s",
                    earlier.outcome(), earlier.evaluatedAt(), Describe.verdict(actual));
        }
        if (earlier.outcome().isDecided() && actual.outcome().isWorseThan(earlier.outcome())) {
            failWithMessage("Expecting outcome not worse than the earlier %s of %s but was %s.%n%s", earlier.outcome(),
                    earlier.evaluatedAt(), actual.outcome(), Describe.verdict(actual));
        }
        Map<String, Severity> before = new HashMap<>();
        earlier.present().forEach(f -> before.put(f.criterion().id(), f.severity().orElseThrow()));
        List<Finding> worse = actual.present().stream()
                .filter(f -> !before.containsKey(f.criterion().id())
                        || f.severity().orElseThrow().compareTo(before.get(f.criterion().id())) > 0)
                .toList();
        if (!worse.isEmpty()) {
            failWithMessage("Expecting no finding new or worse than in the earlier verdict of %s, but found %d.%n%s",
                    earlier.evaluatedAt(), worse.size(), Describe.findings("New or worse", worse));
        }
        return myself;
    }

    /**
     * No missing evidence can change the outcome: both bounds are the verdict's outcome (see
     * {@code dev.backendaudit.bounds.Certainty}). A REBUILD resting on a measured critical rebuild indicator is
     * settled however thin the rest of the evidence; an OPTIMIZE whose foundation is unknown is not.
     *
     * @return this assertion
     */
    public VerdictAssert isSettled() {
        Certainty certainty = certainty();
        if (!certainty.settled()) {
            failWithMessage("Expecting the %s verdict on %s to be settled, but its unknowns allow %s.%n%s%n%s",
                    actual.outcome(), actual.subject(), certainty.bounds(), Describe.certainty(actual),
                    Describe.verdict(actual));
        }
        return myself;
    }

    /**
     * Whatever the criteria without evidence turn out to be, the outcome is no worse than {@code limit}: the
     * worst bound is decided and within it. An INCONCLUSIVE verdict passes when no resolution of its unknowns
     * could be worse than {@code limit}.
     *
     * @param limit HEALTHY, OPTIMIZE or REBUILD
     * @return this assertion
     * @throws IllegalArgumentException if {@code limit} is INCONCLUSIVE
     */
    public VerdictAssert cannotBecomeWorseThan(Outcome limit) {
        isNotNull();
        Checks.notNull("outcome limit", limit);
        if (!limit.isDecided()) {
            throw new IllegalArgumentException("outcome limit must be HEALTHY, OPTIMIZE or REBUILD, but was " + limit);
        }
        Certainty certainty = certainty();
        if (!certainty.cannotBecomeWorseThan(limit)) {
            failWithMessage("Expecting the %s verdict on %s not to be able to become worse than %s, but its unknowns"
                    + " allow %s.%n%s%n%s", actual.outcome(), actual.subject(), limit, certainty.bounds(),
                    Describe.certainty(actual), Describe.verdict(actual));
        }
        return myself;
    }

    /**
     * The bounds are {@code best} .. {@code worst}: the outcomes with every unknown finding absent and with
     * every one at its worst.
     *
     * @param best  the expected best bound
     * @param worst the expected worst bound
     * @return this assertion
     */
    public VerdictAssert hasBounds(Outcome best, Outcome worst) {
        Checks.notNull("best", best);
        Checks.notNull("worst", worst);
        OutcomeBounds bounds = certainty().bounds();
        if (bounds.best() != best || bounds.worst() != worst) {
            failWithMessage("Expecting the bounds of the verdict on %s to be %s .. %s, but they were %s.%n%s",
                    actual.subject(), best, worst, bounds, Describe.certainty(actual));
        }
        return myself;
    }

    private Certainty certainty() {
        isNotNull();
        if (actual.certainty().isEmpty()) {
            failWithMessage("Expecting the verdict on %s to carry its bounds, but it carries none (a verdict built by"
                    + " hand, or read from a document older than schema 1.2); evaluate it with Evaluator.evaluate",
                    actual.subject());
        }
        return actual.certainty().orElseThrow();
    }

    /** No present finding is at {@code severity} or worse. */
    public VerdictAssert hasNoFindingAtLeast(Severity severity) {
        isNotNull();
        Checks.notNull("severity", severity);
        List<Finding> offending = actual.present().stream().filter(f -> f.isAtLeast(severity)).toList();
        if (!offending.isEmpty()) {
            failWithMessage("Expecting no finding at %s or worse on %s, but found %d.%n%s", severity, actual.subject(),
                    offending.size(), Describe.findings("Offending findings", offending));
        }
        return myself;
    }

    /** Evidence decided at least {@code minimum} (in [0, 1]) of the applicable criteria. */
    public VerdictAssert hasCoverageAtLeast(double minimum) {
        isNotNull();
        Checks.ratio("minimum coverage", minimum);
        if (actual.coverage().ratio() < minimum) {
            failWithMessage("Expecting evidence coverage of at least %s but was %s.%n%s", percent(minimum),
                    actual.coverage(), Describe.findings("Criteria without evidence", actual.unknown()));
        }
        return myself;
    }

    /** Every applicable criterion was decided by evidence: no criterion silently matched nothing. */
    public VerdictAssert hasNoUnknownFindings() {
        isNotNull();
        List<Finding> unknown = actual.findings().stream().filter(f -> f.status() == FindingStatus.UNKNOWN).toList();
        if (!unknown.isEmpty()) {
            failWithMessage("Expecting every criterion to be decided by evidence, but %d matched none.%n%s",
                    unknown.size(), Describe.findings("Criteria without evidence", unknown));
        }
        return myself;
    }

    /** The rationale names rule {@code rule}. */
    public VerdictAssert hasFiredRule(String rule) {
        isNotNull();
        Checks.notBlank("rule", rule);
        if (!actual.firedRules().contains(rule)) {
            failWithMessage("Expecting rule %s to have fired, but the rules were %s.%n%s", rule, actual.firedRules(),
                    Describe.verdict(actual));
        }
        return myself;
    }

    /**
     * Navigates to {@code area}'s assessment, to chain area checks.
     *
     * <pre>{@code assertThat(verdict).area(Areas.SCALABILITY).isHealthy();}</pre>
     */
    public AreaAssessmentAssert area(Area area) {
        isNotNull();
        Checks.notNull("area", area);
        try {
            return new AreaAssessmentAssert(actual.area(area));
        } catch (NoSuchElementException e) {
            failWithMessage("Expecting the verdict to assess area '%s': %s", area.id(), e.getMessage());
            throw new AssertionError("unreachable");
        }
    }

    /**
     * Navigates to the finding of criterion {@code criterionId}.
     *
     * <pre>{@code assertThat(verdict).finding("performance.latency-p95-peak").isPresent();}</pre>
     */
    public FindingAssert finding(String criterionId) {
        isNotNull();
        Checks.notBlank("criterion id", criterionId);
        return actual.findings().stream().filter(f -> f.criterion().id().equals(criterionId)).findFirst()
                .map(FindingAssert::new)
                .orElseGet(() -> {
                    failWithMessage("Expecting a finding of criterion '%s', but the verdict has none%s", criterionId,
                            NearestMatch.suggestion(criterionId, actual.findings().stream()
                                    .map(f -> f.criterion().id()).toList()));
                    throw new AssertionError("unreachable");
                });
    }

    /**
     * No finding is new or worse than {@code baseline} accepts, after {@code waivers} valid today
     * (UTC). Expired waivers no longer excuse their finding, and the message says so.
     */
    public VerdictAssert conformsTo(Baseline baseline, Waivers waivers) {
        return conformsTo(baseline, waivers, LocalDate.now(Clock.systemUTC()));
    }

    /** {@link #conformsTo(Baseline, Waivers)} with no waivers. */
    public VerdictAssert conformsTo(Baseline baseline) {
        return conformsTo(baseline, Waivers.none());
    }

    /** {@link #conformsTo(Baseline, Waivers)} as of {@code today}. */
    public VerdictAssert conformsTo(Baseline baseline, Waivers waivers, LocalDate today) {
        isNotNull();
        BaselineComparison comparison = BaselineComparison.of(actual, baseline, waivers, today);
        if (!comparison.failures().isEmpty()) {
            failWithMessage("Expecting no finding new or worse than the baseline, but found %d.%n%s",
                    comparison.failures().size(), comparison.describe());
        }
        return myself;
    }

    private static String percent(double ratio) {
        return dev.backendaudit.model.Quantity.ratio(ratio).toString();
    }
}
