package dev.backendaudit.dsl;

import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidenceReport;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.Question;
import dev.backendaudit.model.Sign;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What every area clause does: records evidence with the clause's provenance, validates at entry,
 * and turns bounds into a replacement of the criterion with the same id. Every step is a new value;
 * the clause the function returns is what the area clause said.
 *
 * @param <SELF> the area's clause interface
 */
abstract class ClauseSupport<SELF> implements AreaClause<SELF>, WarnAboveStep<SELF>, CriticalAboveStep<SELF>,
        WarnBelowStep<SELF>, CriticalBelowStep<SELF> {

    /**
     * A clause as said so far.
     *
     * @param area    the area's name in clauses ({@code "performance"})
     * @param open    the unfinished steps of this run of the clause's function
     * @param source  the provenance of the evidence that follows
     * @param said    what the clause said
     * @param pending what the last step leaves open; null if nothing
     */
    record State(String area, OpenSteps open, Provenance source, Chain<Draft.Statement> said, Pending pending) {

        static State start(String area) {
            return new State(area, new OpenSteps(), Provenance.manual(), Chain.empty(), null);
        }

        State saying(Draft.Statement statement) {
            return new State(area, open, source, said.with(statement), null);
        }

        State pending(Pending next) {
            return new State(area, open, source, said, next);
        }

        State source(Provenance next) {
            return new State(area, open, next, said, null);
        }
    }

    final State state;

    ClauseSupport(State state) {
        this.state = state;
        state.open().made();
        if (state.pending() != null) {
            state.open().opened(state.pending());
        }
    }

    /** A clause of the same area in {@code next} state. */
    abstract ClauseSupport<SELF> with(State next);

    /** This clause as its area's interface. */
    abstract SELF self();

    /** The clause in {@code next} state, as its area's interface. */
    SELF then(State next) {
        return with(next).self();
    }

    /**
     * Runs the user's function on a fresh clause, checks that what it returned is complete and that no
     * unfinished step was dropped on the way, and returns what the clause said.
     *
     * @throws NullPointerException     naming the area if the function or its result is null
     * @throws IllegalArgumentException if the function returns a clause the DSL did not make
     * @throws IllegalStateException    if a latency lacks its load or a warning bound its critical bound, or
     *                                  if the function returns the clause it was given after taking steps
     */
    static <S> Chain<Draft.Statement> run(String area, ClauseSupport<S> start, UnaryOperator<S> function) {
        Args.notNull(area + "(...)", "the " + area + " clause", function);
        S result = function.apply(start.self());
        Args.notNull(area + "(...)", "the clause's result", result);
        if (!(result instanceof ClauseSupport<?> end)) {
            throw new IllegalArgumentException(area + "(...): the clause's result must be the clause the function"
                    + " was given or a step taken from it, but was a " + result.getClass().getName());
        }
        State finished = end.settled();
        start.state.open().firstOpen().ifPresent(dropped -> {
            throw new IllegalStateException(dropped.howToFinish());
        });
        if (result == start && start.state.open().stepTaken()) {
            throw new IllegalStateException(area + "(...): the function returned the clause it was given, so the"
                    + " steps it took from it are lost: each step returns a new clause and leaves the one it was called"
                    + " on as it was; return what the last step returned");
        }
        return finished.said();
    }

    /** The clause as written, for messages: {@code area.method(arguments)}. */
    String clause(String method, Object... arguments) {
        return state.area() + "." + Args.call(method, arguments);
    }

    Provenance source() {
        return state.source();
    }

    /** The state to go on from with another step; fails if the last step is unfinished. */
    State settled() {
        Pending pending = state.pending();
        if (pending == null) {
            return state;
        }
        if (!pending.finished()) {
            throw new IllegalStateException(pending.howToFinish());
        }
        return state.pending(null);
    }

    /** Records a measurement after {@code from}; the bounds that may follow replace {@code criterion}'s. */
    State measured(State from, String clause, Metric metric, Quantity value, ThresholdCriterion criterion) {
        return measured(from, clause, metric, value, criterion.id(), criterion.sign(), criterion.direction());
    }

    /** Records a measurement that bounds (in {@code direction}) turn into criterion {@code id} detecting {@code sign}. */
    State measured(State from, String clause, Metric metric, Quantity value, String id, Sign sign,
                   Direction direction) {
        Args.notNull(clause, metric.name(), value);
        Measurement measurement = Args.guard(clause, () -> Measurement.of(metric, value, from.source()));
        return from.saying(given(measurement)).pending(new Bounds.Target(clause, metric, id, sign, direction));
    }

    /** Records a measurement after the last step; see {@link #measured(State, String, Metric, Quantity, ThresholdCriterion)}. */
    State measured(String clause, Metric metric, Quantity value, ThresholdCriterion criterion) {
        return measured(settled(), clause, metric, value, criterion);
    }

    /** {@code method(yes)}: a yes/no answer to {@code question}, without a note. */
    SELF yesNo(String method, Question question, boolean yes) {
        return answering(clause(method, yes), question, yes ? "yes" : "no", Optional.empty());
    }

    /** {@code method(yes, note)}: a yes/no answer with a note, which must not be null. */
    SELF yesNo(String method, Question question, boolean yes, String note) {
        String clause = clause(method, yes, note);
        return answering(clause, question, yes ? "yes" : "no", Optional.of(Args.note(clause, Args.call(method, yes), note)));
    }

    /** {@code method()}: the answer the method's name gives ({@code modular()} is "yes"), without a note. */
    SELF stated(String method, Question question, boolean yes) {
        return answering(clause(method), question, yes ? "yes" : "no", Optional.empty());
    }

    /** {@code method(note)}: the answer the method's name gives, with a note, which must not be null. */
    SELF stated(String method, Question question, boolean yes, String note) {
        String clause = clause(method, note);
        return answering(clause, question, yes ? "yes" : "no", Optional.of(Args.note(clause, Args.call(method), note)));
    }

    private SELF answering(String clause, Question question, String choice, Optional<String> note) {
        Args.notNull(clause, "question", question);
        State from = settled();
        Answer answer = Args.guard(clause, () -> new Answer(question, choice, note, from.source()));
        return then(from.saying(given(answer)));
    }

    /**
     * Records a collector's evidence whole, each piece with its own provenance, after checking that
     * every piece belongs in this clause.
     *
     * @param belongs which topics this clause takes
     * @param takes   what this clause takes, for the message
     */
    State reported(String method, EvidenceReport report, Predicate<Topic> belongs, String takes) {
        String clause = clause(method).replace("()", "(" + (report == null ? "null" : report.getClass().getSimpleName())
                + ")");
        Args.notNull(clause, "report", report);
        List<Evidence> items = Args.notNull(clause, "report evidence", report.evidence());
        for (Evidence item : items) {
            Args.notNull(clause, "report evidence item", item);
            if (!belongs.test(item.topic())) {
                throw new IllegalArgumentException(clause + ": evidence about '" + item.topic().id() + "' ("
                        + item.topic().name() + ", " + item.topic().area().name() + ") does not belong here; this"
                        + " clause takes " + takes);
            }
        }
        return settled().saying(new Draft.EvidenceGiven(items));
    }

    /** Records any evidence after the last step. */
    SELF record(Evidence item) {
        return then(settled().saying(given(item)));
    }

    private static Draft.Statement given(Evidence item) {
        return new Draft.EvidenceGiven(List.of(item));
    }

    @Override
    public SELF from(Provenance provenance) {
        State from = settled();
        return then(from.source(Args.notNull(clause("from", provenance), "provenance", provenance)));
    }

    @Override
    public SELF answered(Question question, boolean yes) {
        return answering(clause("answered", question, yes), question, yes ? "yes" : "no", Optional.empty());
    }

    @Override
    public SELF answered(Question question, boolean yes, String note) {
        String clause = clause("answered", question, yes, note);
        return answering(clause, question, yes ? "yes" : "no",
                Optional.of(Args.note(clause, Args.call("answered", question, yes), note)));
    }

    @Override
    public SELF answered(Question question, String choice) {
        String clause = clause("answered", question, choice);
        return answering(clause, question, Args.notNull(clause, "choice", choice), Optional.empty());
    }

    @Override
    public SELF answered(Question question, String choice, String note) {
        String clause = clause("answered", question, choice, note);
        Args.notNull(clause, "choice", choice);
        return answering(clause, question, choice, Optional.of(Args.note(clause, Args.call("answered", question, choice),
                note)));
    }

    @Override
    public SELF series(TimeSeries series) {
        return record(Args.notNull(clause("series", series), "series", series));
    }

    @Override
    public SELF evidence(Evidence evidence) {
        return record(Args.notNull(clause("evidence", evidence), "evidence", evidence));
    }

    @Override
    public SELF notApplicable(Topic topic, String reason) {
        String clause = clause("notApplicable", topic, reason);
        Args.notNull(clause, "topic", topic);
        Args.notNull(clause, "reason", reason);
        Provenance source = state.source();
        return record(Args.guard(clause, () -> new NotApplicable(topic, reason, source)));
    }

    @Override
    public CriticalAboveStep<SELF> warnAbove(Quantity warning) {
        return with(state.pending(Bounds.target(state.pending(), Direction.HIGHER_IS_WORSE, warning)
                .warn(Direction.HIGHER_IS_WORSE, warning)));
    }

    @Override
    public CriticalAboveStep<SELF> warnAbove(Duration warning) {
        return warnAbove(warning == null ? null : Quantity.of(warning));
    }

    @Override
    public SELF criticalAbove(Quantity critical) {
        return critical(Direction.HIGHER_IS_WORSE, critical);
    }

    @Override
    public SELF criticalAbove(Duration critical) {
        return criticalAbove(critical == null ? null : Quantity.of(critical));
    }

    @Override
    public CriticalBelowStep<SELF> warnBelow(Quantity warning) {
        return with(state.pending(Bounds.target(state.pending(), Direction.LOWER_IS_WORSE, warning)
                .warn(Direction.LOWER_IS_WORSE, warning)));
    }

    @Override
    public CriticalBelowStep<SELF> warnBelow(Duration warning) {
        return warnBelow(warning == null ? null : Quantity.of(warning));
    }

    @Override
    public SELF criticalBelow(Quantity critical) {
        return critical(Direction.LOWER_IS_WORSE, critical);
    }

    @Override
    public SELF criticalBelow(Duration critical) {
        return criticalBelow(critical == null ? null : Quantity.of(critical));
    }

    private SELF critical(Direction direction, Quantity critical) {
        Bounds.Warned warned = Bounds.warned(state.pending(), direction, critical);
        Bounds.Spec spec = warned.critical(critical);
        state.open().continued(warned);
        return then(state.saying(new Draft.CriterionGiven(spec.criterion(spec.sign()))));
    }
}
