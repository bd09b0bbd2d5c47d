package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Earlier verdicts of one subject, oldest first, so that a strategy can judge "consistently",
 * "repeatedly" and "continues to decline" from data rather than from one snapshot.
 *
 * <pre>{@code
 * AuditHistory history = AuditHistory.of(List.of(january, february, march));
 * Evaluator.evaluate(audit, Strategies.checklist(), history);
 * }</pre>
 *
 * @param verdicts the earlier verdicts, sorted oldest first
 */
public record AuditHistory(List<Verdict> verdicts) {

    private static final AuditHistory EMPTY = new AuditHistory(List.of());

    /** @throws IllegalArgumentException if the verdicts are of different subjects or two share a time */
    public AuditHistory {
        List<Verdict> sorted = Checks.listCopy("history verdicts", verdicts).stream()
                .sorted(Comparator.comparing(Verdict::at)).collect(Collectors.toList());
        for (int i = 1; i < sorted.size(); i++) {
            Verdict previous = sorted.get(i - 1);
            Verdict verdict = sorted.get(i);
            if (!verdict.subject().equals(previous.subject())) {
                throw new IllegalArgumentException("history verdicts must all be of one subject, but found \""
                        + previous.subject() + "\" and \"" + verdict.subject() + "\"");
            }
            if (verdict.at().equals(previous.at())) {
                throw new IllegalArgumentException("history verdicts must have distinct times, but two of \""
                        + verdict.subject() + "\" were evaluated at " + verdict.at());
            }
        }
        verdicts = List.copyOf(sorted);
    }

    /** No earlier verdicts. */
    public static AuditHistory empty() {
        return EMPTY;
    }

    /** The given verdicts, in time order whatever their order here. */
    public static AuditHistory of(List<Verdict> verdicts) {
        return new AuditHistory(verdicts);
    }

    /** Whether there are no earlier verdicts. */
    public boolean isEmpty() {
        return verdicts.isEmpty();
    }

    /** The newest {@code n} verdicts (fewer if the history is shorter), oldest first. */
    public List<Verdict> latest(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, but was " + n);
        }
        return verdicts.subList(Math.max(0, verdicts.size() - n), verdicts.size());
    }
}
