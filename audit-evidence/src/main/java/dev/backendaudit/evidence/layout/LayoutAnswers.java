package dev.backendaudit.evidence.layout;

import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Question;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the facts of a scan into answers, and leaves unknown what a file that could not be read
 * could change.
 */
final class LayoutAnswers {

    /** Which files an answer rests on, and so whether a file that could not be read can change it. */
    enum Needs {
        /** One file settles it (a pipeline, an alert rule exists): what could not be read cannot undo it. */
        ONE_FILE,
        /** Workloads and autoscalers are joined across files: any file not read may change the answer. */
        EVERY_FILE,
        /** "No" rests on one workload's own file, "yes" on every workload: a file not read may undo "yes". */
        EVERY_FILE_FOR_YES
    }

    private final List<LayoutFact> facts;
    private final List<LayoutFact> skipped;
    private final Instant at;
    private final List<Evidence> evidence;
    private final List<String> unknowns;

    LayoutAnswers(List<LayoutFact> facts, Instant at, List<Evidence> evidence, List<String> unknowns) {
        this.facts = facts;
        this.skipped = facts.stream().filter(f -> f.kind() == FactKind.UNREADABLE_YAML).toList();
        this.at = at;
        this.evidence = evidence;
        this.unknowns = unknowns;
    }

    /**
     * Answers {@code question} from facts: "yes" when facts of {@code yes} exist (and, for the questions where a
     * {@code no} fact outweighs them, none of {@code no}), "no" from {@code no} facts alone, unknown otherwise, or
     * unknown when a file that could not be read could change the answer ({@code needs}).
     */
    void answer(FactKind yes, FactKind no, Question question, Needs needs, String label, String unknown) {
        List<LayoutFact> yesFacts = facts.stream().filter(f -> f.kind() == yes).toList();
        List<LayoutFact> noFacts = no == null ? List.of() : facts.stream().filter(f -> f.kind() == no).toList();
        // for scaling and probes, one workload without them is enough for "no"; for single points of failure,
        // one single-replica stateful component is enough for "yes"
        boolean yesWins = yes == FactKind.SINGLE_REPLICA_STATEFUL || no == null;
        List<LayoutFact> deciding;
        String choice;
        if (!yesFacts.isEmpty() && (yesWins || noFacts.isEmpty())) {
            deciding = yesFacts;
            choice = "yes";
        } else if (!noFacts.isEmpty()) {
            deciding = noFacts;
            choice = "no";
        } else {
            deciding = List.of();
            choice = null;
        }
        boolean affected = !skipped.isEmpty() && (needs == Needs.EVERY_FILE
                || (needs == Needs.EVERY_FILE_FOR_YES && !"no".equals(choice)));
        if (affected) {
            unknowns.add(label + " is unknown: " + (choice == null ? "" : "the files read say " + choice + ", but ")
                    + skipped.size() + (skipped.size() == 1 ? " YAML file" : " YAML files") + " could not be read and"
                    + " may say otherwise (" + skipped.stream().limit(5).map(LayoutFact::file)
                    .collect(Collectors.joining(", ")) + (skipped.size() > 5 ? " and " + (skipped.size() - 5)
                    + " more" : "") + "; see 'not read')");
            return;
        }
        if (choice == null) {
            unknowns.add(unknown);
            return;
        }
        evidence.add(new Answer(question, choice, Optional.of(list(deciding)),
                Provenance.of(RepositoryLayout.SOURCE, deciding.get(0).file(), at)));
    }

    private static String list(List<LayoutFact> facts) {
        return facts.stream().limit(5).map(f -> f.detail() + " (" + f.file() + ")")
                .collect(Collectors.joining("; ")) + (facts.size() > 5 ? "; and " + (facts.size() - 5) + " more" : "");
    }
}
