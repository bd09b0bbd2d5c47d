package dev.backendaudit.test;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.OutcomeBounds;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.NearestMatch;
import dev.backendaudit.model.Area;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Criterion;
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
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.InstanceOfAssertFactory;

/**
 * Assertions on a {@link Verdict}, self-typed so that a team can extend them with its own checks:
 * {@code class MyVerdictAssert extends AbstractVerdictAssert<MyVerdictAssert, Verdict>}. Start with
 * {@code AuditAssertions.assertThat(verdict)}, which returns the concrete {@link VerdictAssert}.
 *
 * <pre>{@code
 * assertThat(verdict)
 *         .isNotWorseThan(Outcome.OPTIMIZE)
 *         .hasNoFindingAtLeast(Severity.CRITICAL)
 *         .hasCoverageAtLeast(0.8)
 *         .area(Areas.SCALABILITY).isHealthy();
 * }</pre>
 *
 * <p>Every failure shows expected and actual, the rationale, and the findings behind the verdict
 * with their evidence and sources, so a developer reading only the CI log knows what to fix.
 */
public abstract class AbstractVerdictAssert<SELF extends AbstractVerdictAssert<SELF, ACTUAL>, ACTUAL extends Verdict>
        extends AbstractObjectAssert<SELF, ACTUAL> {

    private static final InstanceOfAssertFactory<AreaAssessment, AreaAssessmentAssert> AREA =
            new InstanceOfAssertFactory<>(AreaAssessment.class, AreaAssessmentAssert::new);
    private static final InstanceOfAssertFactory<Finding, FindingAssert> FINDING =
            new InstanceOfAssertFactory<>(Finding.class, FindingAssert::new);

    /**
     * An assertion on {@code actual}; a subclass passes its own class as {@code selfType}.
     *
     * @param actual   the verdict under test
     * @param selfType the concrete assertion class
     */
    protected AbstractVerdictAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * The outcome is {@code expected}.
     *
     * @param expected the outcome the verdict must have; not null
     * @return this assertion, to chain further checks
     * @throws AssertionError if the outcome differs, showing the verdict's rationale and findings
     */
    public SELF hasOutcome(Outcome expected) {
        isNotNull();
        Checks.notNull("expected outcome", expected);
        if (actual.outcome() != expected) {
            failWithMessage("Expecting outcome %s but was %s.%n%s", expected, actual.outcome(), Describe.verdict(actual));
        }
        return myself;
    }

    /**
     * The outcome is HEALTHY: every area healthy on evidence.
     *
     * @return this assertion, to chain further checks
     * @throws AssertionError if the outcome is not HEALTHY
     */
    public SELF isHealthy() {
        return hasOutcome(Outcome.HEALTHY);
    }

    /**
     * The outcome is decided and no worse than {@code limit} (HEALTHY &lt; OPTIMIZE &lt; REBUILD). An
     * INCONCLUSIVE verdict fails: too little evidence is not a pass.
     *
     * @param limit the worst outcome allowed: HEALTHY, OPTIMIZE or REBUILD
     * @return this assertion, to chain further checks
     * @throws AssertionError if the verdict is INCONCLUSIVE or worse than {@code limit}
     * @throws IllegalArgumentException if {@code limit} is INCONCLUSIVE
     */
    public SELF isNotWorseThan(Outcome limit) {
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
     *
     * @param earlier an earlier verdict of the same subject; not null
     * @return this assertion, to chain further checks
     * @throws AssertionError if the outcome is worse or became INCONCLUSIVE, or a finding is new or more severe,
     *                        listing those findings
     */
    public SELF isNotWorseThan(Verdict earlier) {
        isNotNull();
        Checks.notNull("earlier verdict", earlier);
        if (earlier.outcome().isDecided() && !actual.outcome().isDecided()) {
            failWithMessage("Expecting verdict not worse than the earlier %s of %s but it is INCONCLUSIVE: evidence was lost.%n%s",
                    earlier.outcome(), earlier.at(), Describe.verdict(actual));
        }
        if (earlier.outcome().isDecided() && actual.outcome().isWorseThan(earlier.outcome())) {
            failWithMessage("Expecting outcome not worse than the earlier %s of %s but was %s.%n%s", earlier.outcome(),
                    earlier.at(), actual.outcome(), Describe.verdict(actual));
        }
        Map<String, Severity> before = new HashMap<>();
        earlier.present().forEach(f -> before.put(f.criterion().id(), f.severity().orElseThrow()));
        List<Finding> worse = actual.present().stream()
                .filter(f -> !before.containsKey(f.criterion().id())
                        || f.severity().orElseThrow().compareTo(before.get(f.criterion().id())) > 0)
                .toList();
        if (!worse.isEmpty()) {
            failWithMessage("Expecting no finding new or worse than in the earlier verdict of %s, but found %d.%n%s",
                    earlier.at(), worse.size(), Describe.findings("New or worse", worse));
        }
        return myself;
    }

    /**
     * No missing evidence can change the outcome: both bounds are the verdict's outcome (see
     * {@link Certainty}). A REBUILD resting on a measured critical rebuild indicator is settled however thin
     * the rest of the evidence; an OPTIMIZE whose foundation is unknown is not.
     *
     * @return this assertion
     */
    public SELF isSettled() {
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
    public SELF cannotBecomeWorseThan(Outcome limit) {
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
    public SELF hasBounds(Outcome best, Outcome worst) {
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
        if (!actual.certainty().isKnown()) {
            failWithMessage("Expecting the verdict on %s to carry its bounds, but its certainty is not known (a verdict"
                    + " built by hand, or read from a document older than schema 1.2); evaluate it with"
                    + " Evaluator.evaluate", actual.subject());
        }
        return actual.certainty();
    }

    /**
     * No present finding is at {@code severity} or worse.
     *
     * @param severity the least severity that fails: WARNING fails on any present finding, CRITICAL on critical ones
     * @return this assertion, to chain further checks
     * @throws AssertionError listing the present findings at {@code severity} or worse
     */
    public SELF hasNoFindingAtLeast(Severity severity) {
        isNotNull();
        Checks.notNull("severity", severity);
        List<Finding> offending = actual.present().stream().filter(f -> f.isAtLeast(severity)).toList();
        if (!offending.isEmpty()) {
            failWithMessage("Expecting no finding at %s or worse on %s, but found %d.%n%s", severity, actual.subject(),
                    offending.size(), Describe.findings("Offending findings", offending));
        }
        return myself;
    }

    /**
     * Evidence decided at least {@code minimum} (in [0, 1]) of the applicable criteria.
     *
     * @param minimum the smallest share of applicable criteria evidence must decide, in [0, 1]
     * @return this assertion, to chain further checks
     * @throws AssertionError if the verdict's coverage is below {@code minimum}
     * @throws IllegalArgumentException if {@code minimum} is not in [0, 1]
     */
    public SELF hasCoverageAtLeast(double minimum) {
        isNotNull();
        Checks.ratio("minimum coverage", minimum);
        if (actual.coverage().ratio() < minimum) {
            failWithMessage("Expecting evidence coverage of at least %s but was %s.%n%s", percent(minimum),
                    actual.coverage(), Describe.findings("Criteria without evidence", actual.unknown()));
        }
        return myself;
    }

    /**
     * Every applicable criterion was decided by evidence: no criterion silently matched nothing.
     *
     * @return this assertion, to chain further checks
     * @throws AssertionError listing the UNKNOWN findings and the evidence each needs
     */
    public SELF hasNoUnknownFindings() {
        isNotNull();
        List<Finding> unknown = actual.findings().stream().filter(f -> f.status() == FindingStatus.UNKNOWN).toList();
        if (!unknown.isEmpty()) {
            failWithMessage("Expecting every criterion to be decided by evidence, but %d matched none.%n%s",
                    unknown.size(), Describe.findings("Criteria without evidence", unknown));
        }
        return myself;
    }

    /**
     * The rationale names rule {@code rule}.
     *
     * @param rule a rule id, as the strategy's constants name it, e.g. {@code "gate-failed"}; not blank
     * @return this assertion, to chain further checks
     * @throws AssertionError if no reason of the rationale carries that rule, listing the rules that fired
     */
    public SELF hasFiredRule(String rule) {
        isNotNull();
        Checks.notBlank("rule", rule);
        if (!actual.firedRules().contains(rule)) {
            failWithMessage("Expecting rule %s to have fired, but the rules were %s.%n%s", rule, actual.firedRules(),
                    Describe.verdict(actual));
        }
        return myself;
    }

    /**
     * Navigates to {@code area}'s assessment, to chain area checks. The navigation keeps this assertion's
     * state: an {@code as(...)} description is kept, and in {@link AuditSoftAssertions} a failure after it is
     * collected like any other.
     *
     * <pre>{@code assertThat(verdict).as("checkout").area(Areas.SCALABILITY).isHealthy();}</pre>
     *
     * @param area an audited area
     * @return assertions on its assessment
     */
    public AreaAssessmentAssert area(Area area) {
        isNotNull();
        Checks.notNull("area", area);
        if (actual.areas().stream().noneMatch(a -> a.area().equals(area))) {
            failWithMessage("Expecting the verdict to assess area '%s', but it has none%s", area.id(),
                    NearestMatch.suggestion(area.id(), actual.areas().stream().map(a -> a.area().id()).toList()));
        }
        return extracting(v -> v.area(area), AREA);
    }

    /**
     * Navigates to the finding of {@code criterion} (matched by id, so a criterion with overridden bounds
     * matches), keeping this assertion's state as {@link #area(Area)} does.
     *
     * <pre>{@code assertThat(verdict).finding(Criteria.P95_PEAK).isPresent().hasSeverity(Severity.WARNING);}</pre>
     *
     * @param criterion a criterion of the audit
     * @return assertions on its finding
     */
    public FindingAssert finding(Criterion criterion) {
        Checks.notNull("criterion", criterion);
        return finding(criterion.id());
    }

    /**
     * Navigates to the finding of the criterion with {@code criterionId}; see {@link #finding(Criterion)}.
     *
     * @param criterionId a criterion id
     * @return assertions on its finding
     */
    public FindingAssert finding(String criterionId) {
        isNotNull();
        Checks.notBlank("criterion id", criterionId);
        if (actual.findings().stream().noneMatch(f -> f.criterion().id().equals(criterionId))) {
            failWithMessage("Expecting a finding of criterion '%s', but the verdict has none%s", criterionId,
                    NearestMatch.suggestion(criterionId, actual.findings().stream()
                            .map(f -> f.criterion().id()).toList()));
        }
        return extracting(v -> v.finding(criterionId), FINDING);
    }

    /**
     * No finding is new or worse than {@code baseline} accepts, after {@code waivers} valid today
     * (UTC). Expired waivers no longer excuse their finding, and the message says so.
     *
     * @param baseline the findings accepted for the verdict's subject
     * @param waivers  time-boxed excuses for findings the baseline does not accept
     * @return this assertion, to chain further checks
     * @throws AssertionError listing each finding new or worse than accepted, and each entry that matches nothing
     */
    public SELF conformsTo(Baseline baseline, Waivers waivers) {
        return conformsTo(baseline, waivers, LocalDate.now(Clock.systemUTC()));
    }

    /**
     * {@link #conformsTo(Baseline, Waivers)} with no waivers.
     *
     * @param baseline the findings accepted for the verdict's subject
     * @return this assertion, to chain further checks
     * @throws AssertionError listing each finding new or worse than accepted, and each entry that matches nothing
     */
    public SELF conformsTo(Baseline baseline) {
        return conformsTo(baseline, Waivers.none());
    }

    /**
     * {@link #conformsTo(Baseline, Waivers)} as of {@code today}.
     *
     * @param baseline the findings accepted for the verdict's subject
     * @param waivers  time-boxed excuses for findings the baseline does not accept
     * @param today    the day on which a waiver must hold to excuse a finding
     * @return this assertion, to chain further checks
     * @throws AssertionError listing each finding new or worse than accepted, and each entry that matches nothing
     * @throws IllegalArgumentException if the baseline is of another subject than the verdict
     */
    public SELF conformsTo(Baseline baseline, Waivers waivers, LocalDate today) {
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
