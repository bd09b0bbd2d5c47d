package dev.backendaudit.dsl;

import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Topic;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * What every area clause does: records evidence with the clause's provenance, validates at entry,
 * and turns bounds into a replacement of the criterion with the same id.
 *
 * @param <SELF> the area's clause interface
 */
abstract class ClauseSupport<SELF> implements AreaClause<SELF>, WarnAboveStep<SELF>, CriticalAboveStep<SELF>,
        WarnBelowStep<SELF>, CriticalBelowStep<SELF> {

    private final Draft draft;
    private final String area;
    private final Bounds bounds = new Bounds();
    private Provenance source = Provenance.manual();

    ClauseSupport(Draft draft, String area) {
        this.draft = draft;
        this.area = area;
    }

    /** This clause as its area's interface. */
    abstract SELF self();

    /**
     * Runs the user's clause on a fresh clause object and checks that it ended complete.
     *
     * @throws NullPointerException  naming the area if the function returns null
     * @throws IllegalStateException if a latency lacks its load or a warning bound its critical bound
     */
    static <S, C extends ClauseSupport<S>> void run(String area, C clause, UnaryOperator<S> function) {
        Args.notNull(area + "(...)", "the " + area + " clause", function);
        S result = function.apply(clause.self());
        Args.notNull(area + "(...)", "the clause's result", result);
        clause.settle();
    }

    /** The clause as written, for messages. */
    String clause(String method, Object... arguments) {
        return Args.clause(area, method, arguments);
    }

    Provenance source() {
        return source;
    }

    /** Completes what is pending before the next clause: fails on an incomplete one. */
    void settle() {
        bounds.settle();
    }

    /** Records a measurement; the bounds that may follow replace {@code criterion}'s. */
    void measure(String clause, Metric metric, Quantity value, ThresholdCriterion criterion) {
        settle();
        Args.notNull(clause, metric.name(), value);
        draft.evidence(Args.guard(clause, () -> Measurement.of(metric, value, source)));
        bounds.target(clause, metric, criterion.id(), criterion.sign(), criterion.direction());
    }

    /** Records a measurement that bounds (in {@code direction}) turn into a new criterion detecting {@code sign}. */
    void measure(String clause, Metric metric, Quantity value, String criterionId, dev.backendaudit.model.Sign sign,
                 Direction direction) {
        settle();
        Args.notNull(clause, metric.name(), value);
        draft.evidence(Args.guard(clause, () -> Measurement.of(metric, value, source)));
        bounds.target(clause, metric, criterionId, sign, direction);
    }

    /** Records a yes/no answer. */
    SELF yesNo(String clause, Question question, boolean yes, String note) {
        settle();
        draft.evidence(Args.guard(clause, () -> Answer.of(question, yes, note).from(source)));
        return self();
    }

    /**
     * Records a collector's evidence whole, each piece with its own provenance, after checking that
     * every piece belongs in this clause.
     *
     * @param belongs which topics this clause takes
     * @param takes   what this clause takes, for the message
     */
    void report(String method, dev.backendaudit.model.EvidenceReport report,
                java.util.function.Predicate<Topic> belongs, String takes) {
        String clause = clause(method) .replace("()", "(" + (report == null ? "null" : report.getClass().getSimpleName())
                + ")");
        Args.notNull(clause, "report", report);
        java.util.List<Evidence> items = Args.notNull(clause, "report evidence", report.evidence());
        for (Evidence item : items) {
            Args.notNull(clause, "report evidence item", item);
            if (!belongs.test(item.topic())) {
                throw new IllegalArgumentException(clause + ": evidence about '" + item.topic().id() + "' ("
                        + item.topic().name() + ", " + item.topic().area().name() + ") does not belong here; this"
                        + " clause takes " + takes);
            }
        }
        settle();
        items.forEach(draft::evidence);
    }

    /** Records any evidence after the pending clause is complete. */
    void record(Evidence item) {
        settle();
        draft.evidence(item);
    }

    @Override
    public SELF from(Provenance provenance) {
        settle();
        this.source = Args.notNull(clause("from", provenance), "provenance", provenance);
        return self();
    }

    @Override
    public SELF answer(Question question, boolean yes, String note) {
        String clause = clause("answer", question == null ? null : question.id(), yes, note);
        Args.notNull(clause, "question", question);
        settle();
        draft.evidence(Args.guard(clause, () -> Answer.of(question, yes, note).from(source)));
        return self();
    }

    @Override
    public SELF answer(Question question, String choice, String note) {
        String clause = clause("answer", question == null ? null : question.id(), choice, note);
        Args.notNull(clause, "question", question);
        Args.notNull(clause, "choice", choice);
        settle();
        draft.evidence(Args.guard(clause, () -> Answer.choice(question, choice, note).from(source)));
        return self();
    }

    @Override
    public SELF series(TimeSeries series) {
        record(Args.notNull(clause("series", series), "series", series));
        return self();
    }

    @Override
    public SELF evidence(Evidence evidence) {
        record(Args.notNull(clause("evidence", evidence), "evidence", evidence));
        return self();
    }

    @Override
    public SELF notApplicable(Topic topic, String reason) {
        String clause = clause("notApplicable", topic == null ? null : topic.id(), reason);
        Args.notNull(clause, "topic", topic);
        Args.notNull(clause, "reason", reason);
        record(Args.guard(clause, () -> new NotApplicable(topic, reason, source)));
        return self();
    }

    @Override
    public CriticalAboveStep<SELF> warnAbove(Quantity warning) {
        bounds.warn(Direction.HIGHER_IS_WORSE, warning);
        return this;
    }

    @Override
    public CriticalAboveStep<SELF> warnAbove(Duration warning) {
        return warnAbove(warning == null ? null : Quantity.of(warning));
    }

    @Override
    public SELF criticalAbove(Quantity critical) {
        Bounds.Spec spec = bounds.critical(Direction.HIGHER_IS_WORSE, critical);
        draft.criterion(spec.criterion(spec.sign()));
        return self();
    }

    @Override
    public SELF criticalAbove(Duration critical) {
        return criticalAbove(critical == null ? null : Quantity.of(critical));
    }

    @Override
    public CriticalBelowStep<SELF> warnBelow(Quantity warning) {
        bounds.warn(Direction.LOWER_IS_WORSE, warning);
        return this;
    }

    @Override
    public CriticalBelowStep<SELF> warnBelow(Duration warning) {
        return warnBelow(warning == null ? null : Quantity.of(warning));
    }

    @Override
    public SELF criticalBelow(Quantity critical) {
        Bounds.Spec spec = bounds.critical(Direction.LOWER_IS_WORSE, critical);
        draft.criterion(spec.criterion(spec.sign()));
        return self();
    }

    @Override
    public SELF criticalBelow(Duration critical) {
        return criticalBelow(critical == null ? null : Quantity.of(critical));
    }
}
