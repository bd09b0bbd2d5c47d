package dev.backendaudit.text;

import dev.backendaudit.bounds.Assumption;
import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.FlipChange;
import dev.backendaudit.bounds.FlipSet;
import dev.backendaudit.bounds.Margin;
import dev.backendaudit.bounds.OutcomeBounds;
import dev.backendaudit.bounds.SettleStep;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.Verdict;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words for a verdict's {@link Certainty}, shared by every report so that the formats say the same:
 * how sure the verdict is, what would settle it, what would flip it, and its margin. Each sentence states
 * only what the search computed.
 *
 * <pre>{@code
 * CertaintyText.summary(verdict);   // "Not settled: the 13 criteria without evidence allow OPTIMIZE to REBUILD ..."
 * }</pre>
 */
public final class CertaintyText {

    private CertaintyText() {
    }

    /**
     * One sentence on how sure {@code verdict} is: settled, or the outcomes its unknowns still allow.
     *
     * @param verdict a verdict
     * @return the sentence, or a note that the verdict carries no certainty
     */
    public static String summary(Verdict verdict) {
        Checks.notNull("verdict", verdict);
        Certainty certainty = verdict.certainty();
        if (!certainty.isKnown()) {
            return "Not known: this verdict carries no bounds (built by hand, or read from a document older than"
                    + " schema 1.2)";
        }
        OutcomeBounds bounds = certainty.bounds();
        int unknown = verdict.unknown().size();
        boolean one = unknown == 1;
        String criteria = one ? "the 1 criterion without evidence" : "the " + unknown + " criteria without evidence";
        StringBuilder text = new StringBuilder();
        if (certainty.settled()) {
            text.append("Settled: ").append(verdict.outcome()).append(unknown == 0 ? ", with every applicable criterion"
                    + " decided" : ", whatever " + criteria + (one ? " shows" : " show"));
        } else if (bounds.isTight()) {
            text.append("Not settled: whatever ").append(criteria).append(one ? " shows" : " show")
                    .append(", the strategy decides ")
                    .append(bounds.best()).append(", but the evidence policy does not let it stand on this evidence");
        } else {
            text.append("Not settled: ").append(criteria).append(one ? " allows " : " allow ").append(bounds.best())
                    .append(one ? " (absent) to " : " (every one absent) to ").append(bounds.worst())
                    .append(one ? " (at its worst)" : " (every one at its worst)");
        }
        if (!bounds.monotone()) {
            text.append("; the strategy broke monotonicity on this audit (").append(bounds.breach().orElseThrow())
                    .append("), so these are two resolutions, not limits");
        }
        if (!certainty.complete()) {
            text.append("; the search stopped after ").append(certainty.strategyCalls()).append(" strategy calls");
        }
        return text.toString();
    }

    /**
     * What to do for one step, where its evidence comes from, and what it would tell: {@code "measure share of
     * fixes ... (GitHistory: ...): if found at its worst, REBUILD whatever else; if absent, still up to REBUILD"}.
     *
     * @param step   the step
     * @param bounds the verdict's bounds
     * @return the sentence
     */
    public static String step(SettleStep step, OutcomeBounds bounds) {
        Checks.notNull("step", step);
        Checks.notNull("bounds", bounds);
        String what = action(step.criterion()) + " (" + step.source() + ")";
        if (!step.examined()) {
            return what + ": not examined, the search stopped at its budget";
        }
        String ifWorst = step.ifWorst() == bounds.worst() && !bounds.isTight()
                ? "if found at its worst, " + step.ifWorst() + " whatever else"
                : step.ifWorst() == bounds.best() ? "if found at its worst, still " + step.ifWorst() + " at best"
                : "if found at its worst, " + step.ifWorst() + " at best";
        String ifAbsent = step.ifAbsent() == bounds.best() ? "if absent, " + step.ifAbsent() + " whatever else"
                : step.ifAbsent() == bounds.worst() ? "if absent, still up to " + step.ifAbsent()
                : "if absent, up to " + step.ifAbsent();
        return what + ": " + ifWorst + "; " + ifAbsent;
    }

    /**
     * What {@code criterion} asks for: {@code "measure p95 latency under peak load"}, {@code "answer \"...\""}.
     *
     * @param criterion a criterion
     * @return the action
     */
    public static String action(Criterion criterion) {
        Checks.notNull("criterion", criterion);
        if (criterion instanceof ThresholdCriterion) {
            return "measure " + criterion.topic().name();
        }
        if (criterion instanceof AnswerCriterion a) {
            return "answer \"" + a.question().text() + "\"";
        }
        return "record " + criterion.topic().name() + " over time";
    }

    /**
     * The flip set in one sentence: {@code "Bring ... to at most 1 s and ..., and the verdict becomes OPTIMIZE
     * (whatever the missing evidence shows)"}; with more than three changes, a sentence that points to the
     * list of them ({@link FlipChange#threshold()} each).
     *
     * @param flip the flip set
     * @return the sentence
     */
    public static String flip(FlipSet flip) {
        Checks.notNull("flip", flip);
        if (flip.changes().size() > 3) {
            return "Make the " + flip.changes().size() + " changes below, and the verdict becomes " + flip.becomes()
                    + assumption(flip.assumption());
        }
        List<String> changes = flip.changes().stream().map(FlipChange::threshold).toList();
        String joined = changes.size() == 1 ? changes.get(0)
                : String.join(", ", changes.subList(0, changes.size() - 1)) + " and " + changes.get(changes.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ", and the verdict becomes "
                + flip.becomes() + assumption(flip.assumption());
    }

    /**
     * The margin in one sentence: {@code "With p95 latency under peak load above 300 ms (10% of headroom now),
     * the verdict becomes REBUILD, whatever the missing evidence shows"}.
     *
     * @param margin the margin
     * @return the sentence
     */
    public static String margin(Margin margin) {
        Checks.notNull("margin", margin);
        String headroom = margin.headroom().map(h -> h == 0 ? " (at the bound now)"
                : " (" + Quantity.ratio(h) + " of headroom now)").orElse("");
        return "With " + margin.crossing() + headroom + ", the verdict becomes " + margin.becomes()
                + ", whatever the missing evidence shows";
    }

    /**
     * The whole certainty as indented lines of plain text, as {@link VerdictText} prints it.
     *
     * @param verdict a verdict
     * @return the lines, each ending in a line feed
     */
    public static String render(Verdict verdict) {
        return render(verdict, 10);
    }

    /**
     * The whole certainty as indented lines of plain text, listing at most {@code maxSteps} steps that matter.
     *
     * @param verdict  a verdict
     * @param maxSteps the most settle steps listed one by one
     * @return the lines, each ending in a line feed
     * @throws IllegalArgumentException if {@code maxSteps} is negative
     */
    public static String render(Verdict verdict, int maxSteps) {
        Checks.notNull("verdict", verdict);
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must be >= 0, but was " + maxSteps);
        }
        StringBuilder out = new StringBuilder("  ").append(summary(verdict)).append('\n');
        Certainty certainty = verdict.certainty();
        if (!certainty.isKnown()) {
            return out.toString();
        }
        List<SettleStep> matter = certainty.stepsThatMatter();
        if (!matter.isEmpty()) {
            out.append("  What would settle it, in order:\n");
            int n = 0;
            Outcome before = certainty.bounds().worst();
            for (SettleStep step : matter) {
                if (++n > maxSteps) {
                    out.append("    ... and ").append(more(matter.size() - maxSteps)).append('\n');
                    break;
                }
                out.append("    ").append(n).append(". ").append(step(step, certainty.bounds()));
                if (step.worstOnceAbsent() != before) {
                    out.append(n == 1 ? "; with step 1" : "; with steps 1-" + n).append(" absent, at worst ")
                            .append(step.worstOnceAbsent());
                    before = step.worstOnceAbsent();
                }
                out.append('\n');
            }
        }
        List<SettleStep> rest = certainty.settle().stream().filter(s -> !s.matters()).toList();
        if (!rest.isEmpty()) {
            out.append("  ").append(matter.isEmpty() ? "Cannot change the strategy's outcome: "
                    : "Cannot change the outcome once those are found absent: ")
                    .append(rest.stream().map(SettleStep::criterionId).collect(Collectors.joining(", "))).append('\n');
        }
        certainty.flip().ifPresent(f -> {
            out.append("  What would flip it: ").append(flip(f)).append('\n');
            if (f.changes().size() > 3) {
                f.changes().forEach(c -> out.append("    - ").append(c.threshold()).append(" (").append(c.criterionId())
                        .append(", now ").append(c.from()).append(")\n"));
            }
        });
        certainty.margin().ifPresent(m -> out.append("  Margin: ").append(margin(m)).append('\n'));
        if (verdict.outcome().isDecided() && verdict.outcome() != Outcome.HEALTHY && certainty.settled()
                && certainty.flip().isEmpty() && certainty.complete()) {
            out.append("  What would flip it: no change to the present findings alone improves it\n");
        }
        return out.toString();
    }

    /**
     * {@code "1 more step that matters"}, {@code "5 more steps that matter"}.
     *
     * @param steps how many steps
     * @return the words
     */
    public static String more(int steps) {
        return steps + (steps == 1 ? " more step that matters" : " more steps that matter");
    }

    private static String assumption(Assumption assumption) {
        switch (assumption) {
            case NO_UNKNOWNS: return "";
            case UNKNOWNS_AT_WORST: return " (whatever the missing evidence shows)";
            case UNKNOWNS_ABSENT: return " (if the missing evidence shows no problem)";
            default: throw new AssertionError(assumption);
        }
    }
}
