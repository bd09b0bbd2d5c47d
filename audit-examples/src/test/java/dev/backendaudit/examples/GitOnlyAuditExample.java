package dev.backendaudit.examples;

import static dev.backendaudit.test.AuditAssertions.assertThat;

import dev.backendaudit.bounds.Assumption;
import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.FlipSet;
import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.evidence.git.GitHistory;
import dev.backendaudit.evidence.git.HistoryOptions;
import dev.backendaudit.evidence.git.HistoryReport;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.text.CertaintyText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A git-only audit: all a team has is its repository, and in it a billing module whose fixes keep being fixed
 * again. {@code GitHistory} measures the refix share from the history; 3 of the 41 standard criteria get
 * evidence, and that is enough: a measured critical rebuild indicator settles the verdict at REBUILD, however
 * little else is known, and the certainty names the least that would get it out.
 */
class GitOnlyAuditExample {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final int WEEKS = 30;

    @TempDir
    Path repository;

    /** 30 weeks: a feature a week, and a fix of the billing module that is fixed again three days later. */
    private void writeHistory() throws Exception {
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            for (int week = 0; week < WEEKS; week++) {
                Instant monday = START.plus(7L * week, ChronoUnit.DAYS);
                commit(git, "feat: checkout step " + week, monday, "src/Checkout" + (week % 4) + ".java", week);
                commit(git, "fix: invoice rounding, case " + week, monday.plus(1, ChronoUnit.DAYS), "src/Billing.java",
                        week);
                commit(git, "fix: invoice rounding again, case " + week, monday.plus(4, ChronoUnit.DAYS),
                        "src/Billing.java", week + 1000);
            }
        }
    }

    private void commit(Git git, String message, Instant at, String file, int content) throws Exception {
        Path path = repository.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "class X { int v = " + content + "; }\n", StandardCharsets.UTF_8);
        git.add().addFilepattern(file).call();
        PersonIdent ident = new PersonIdent("Dev", "dev@example.com", at, ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }

    @Test
    void should_settle_at_rebuild_on_a_measured_critical_refix_share_and_say_what_would_get_it_out() throws Exception {
        // GIVEN
        writeHistory();
        HistoryReport history = GitHistory.analyze(HistoryOptions.of(repository)
                .window(START, START.plus(7L * WEEKS, ChronoUnit.DAYS)));
        Audit audit = Audit.builder("billing-service").at(START.plus(7L * WEEKS, ChronoUnit.DAYS))
                .checklist(StandardChecklist.checklist())
                .evidence(history.evidence())
                .build();
        // WHEN
        Verdict verdict = Evaluator.evaluate(audit);
        // THEN
        assertThat(verdict).hasOutcome(Outcome.REBUILD).isSettled()
                .finding(Criteria.REFIX_SHARE.id()).isPresent().hasSeverity(Severity.CRITICAL);
        assertThat(verdict.coverage().decided()).isLessThanOrEqualTo(3);
        Certainty certainty = verdict.certainty();
        assertThat(CertaintyText.summary(verdict)).startsWith("Settled: REBUILD, whatever the ")
                .endsWith(" criteria without evidence show");
        FlipSet flip = certainty.flip().orElseThrow();
        assertThat(flip.assumption()).isEqualTo(Assumption.UNKNOWNS_ABSENT);
        assertThat(flip.becomes()).isEqualTo(Outcome.OPTIMIZE);
        assertThat(CertaintyText.flip(flip)).isEqualTo("Bring share of fixes followed by another fix of the same files"
                + " to at most 30%, and the verdict becomes OPTIMIZE (if the missing evidence shows no problem)");
    }
}
