package dev.backendaudit.evidence.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.evidence.architecture.ArchitectureReport;
import dev.backendaudit.evidence.architecture.JavaSources;
import dev.backendaudit.evidence.delivery.DoraReport;
import dev.backendaudit.evidence.git.HistoryReport;
import dev.backendaudit.evidence.git.RepositorySubject;
import dev.backendaudit.model.Evidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window {@link ProjectEvidence} measures: the git history's, bounded by the data, for every source; a
 * directory inside a work tree as that path's history; a directory in no repository over the window asked for.
 */
class ProjectWindowTest {

    /** A Monday. */
    static final Instant FIRST = Instant.parse("2026-01-05T09:00:00Z");
    /** The newest commit: the last of 12, one a day. */
    static final Instant NEWEST = FIRST.plus(11, ChronoUnit.DAYS);

    @TempDir
    Path root;

    /** Twelve daily commits: eight in orders/, four in billing/; orders has compiled classes (ignored by git). */
    void monorepo() throws Exception {
        JavaSources.compile(root.resolve("orders/target/classes"), Map.of("shop.orders.Order",
                JavaSources.type("shop.orders.Order", ""), "shop.orders.api.Pricing",
                "package shop.orders.api;\npublic interface Pricing { long price(); }\n"));
        Files.createDirectories(root.resolve(".github/workflows"));
        Files.writeString(root.resolve(".github/workflows/ci.yml"), "on: push\n");
        Files.writeString(root.resolve(".gitignore"), "target/\n");
        Files.createDirectories(root.resolve("orders/src"));
        Files.createDirectories(root.resolve("billing/src"));
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            for (int i = 0; i < 12; i++) {
                String file = i % 3 == 2 ? "billing/src/Invoice.txt" : "orders/src/Order.txt";
                Files.writeString(root.resolve(file), "v" + i);
                git.add().addFilepattern(".").call();
                PersonIdent ident = new PersonIdent("Dev", "dev@example.com", FIRST.plus(i, ChronoUnit.DAYS),
                        ZoneOffset.UTC);
                git.commit().setMessage("change " + i).setAuthor(ident).setCommitter(ident).setSign(false).call();
            }
        }
    }

    @Test
    void should_measure_every_source_over_the_window_the_history_measured() throws Exception {
        // GIVEN a repository whose data ends on NEWEST, and deployments of its service
        monorepo();
        Path deployments = Files.writeString(root.resolve("deployments.csv"), "time,service,version,status\n"
                + "2026-01-08T10:00:00Z,shop,HEAD~5,success\n2026-01-20T10:00:00Z,shop,HEAD,success\n");
        // WHEN audited with the default window (52 weeks up to the newest commit)
        ProjectReport report = ProjectEvidence.collect(ProjectOptions.of(root).subject("shop").deployments(deployments));
        // THEN the window is the one the history measured: from the first commit (the default start lies before
        // it) to just after the newest commit, not up to the clock
        HistoryReport history = report.source("git-history").detail(HistoryReport.class).orElseThrow();
        assertThat(history.until()).isEqualTo(NEWEST.plusSeconds(1));
        assertThat(history.since()).isEqualTo(FIRST);
        assertThat(history.windowNotes()).singleElement().asString()
                .endsWith(", before the first commit (" + FIRST + "): it starts at that commit");
        assertThat(report.since()).isEqualTo(history.since());
        assertThat(report.at()).isEqualTo(history.until());
        // AND every other source measured that window
        DoraReport dora = report.source("delivery-records").detail(DoraReport.class).orElseThrow();
        assertThat(report.source("delivery-records").summary())
                .startsWith("delivery records of service 'shop', " + FIRST + " .. " + NEWEST.plusSeconds(1) + ",");
        assertThat(dora.deployments()).isEqualTo(1);
        for (String source : new String[] {"repository-layout", "compiled-classes"}) {
            assertThat(report.source(source).evidence()).as(source).isNotEmpty()
                    .extracting(e -> e.provenance().observedAt()).containsOnly(Optional.of(NEWEST.plusSeconds(1)));
        }
    }

    @Test
    void should_audit_a_directory_inside_a_work_tree_as_that_paths_history() throws Exception {
        // GIVEN
        monorepo();
        Path orders = root.resolve("orders");
        // WHEN the module alone is audited
        ProjectReport report = ProjectEvidence.collect(ProjectOptions.of(orders));
        // THEN its history is that path's (8 of the 12 commits), its subject the repository's and the path, and its
        // build output is the module's
        HistoryReport history = report.source("git-history").detail(HistoryReport.class).orElseThrow();
        assertThat(history.path()).contains("orders");
        assertThat(history.commits()).isEqualTo(8);
        assertThat(report.source("git-history").summary()).startsWith("git history of " + orders + " (path orders) (jgit), ");
        assertThat(report.subject()).isEqualTo(RepositorySubject.of(root) + "/orders").isEqualTo(RepositorySubject.of(orders));
        assertThat(report.source("compiled-classes").detail(ArchitectureReport.class).orElseThrow().classes()).isEqualTo(2);
        // AND the window ends with the repository's data, as the whole repository's does
        assertThat(report.at()).isEqualTo(NEWEST.plusSeconds(1)).isEqualTo(history.until());
        assertThat(report.since()).isEqualTo(history.since());
    }

    @Test
    void should_measure_a_directory_in_no_repository_over_the_window_asked_for() throws Exception {
        // GIVEN a directory without git, with a pipeline
        Files.createDirectories(root.resolve(".github/workflows"));
        Files.writeString(root.resolve(".github/workflows/ci.yml"), "on: push\n");
        Instant until = Instant.parse("2026-03-04T12:00:00Z");     // a Wednesday
        // WHEN an end is asked for, with 4 weeks
        ProjectReport asked = ProjectEvidence.collect(ProjectOptions.of(root).history(h -> h.until(until).weeks(4)));
        // THEN the window is the 4 complete weeks before that end's week, up to that end
        assertThat(asked.at()).isEqualTo(until);
        assertThat(asked.since()).isEqualTo(Instant.parse("2026-02-02T00:00:00Z"));
        assertThat(asked.source("repository-layout").evidence()).extracting(e -> e.provenance().observedAt())
                .containsOnly(Optional.of(until));
        // WHEN no end is asked for: the window ends when the audit runs
        Instant before = Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS);
        ProjectReport now = ProjectEvidence.collect(ProjectOptions.of(root));
        Instant after = Clock.systemUTC().instant();
        // THEN
        assertThat(now.at()).isBetween(before, after);
        assertThat(now.since()).isBefore(now.at());
        assertThat(now.source("repository-layout").evidence()).extracting(Evidence::provenance)
                .allSatisfy(p -> assertThat(p.observedAt()).hasValue(now.at()));
    }

    @Test
    void should_say_that_a_window_ending_with_the_data_is_not_settled_before_the_history_is_read() {
        // GIVEN
        ProjectOptions options = ProjectOptions.of(root);
        // WHEN / THEN
        assertThatThrownBy(options::at).isInstanceOf(IllegalStateException.class)
                .hasMessage("the window's end is not settled yet: without an end asked for (history(h -> h.until(t))),"
                        + " the window of " + root + " ends with its newest commit, which only ProjectEvidence.collect"
                        + " reads; use these options in an EvidenceSource it runs");
        assertThatThrownBy(options::since).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the window's start is not settled yet: ");
        Instant until = Instant.parse("2026-03-04T12:00:00Z");
        assertThat(options.history(h -> h.until(until)).at()).isEqualTo(until);
        assertThat(options.history(h -> h.until(until)).coverage().at()).isEqualTo(until);
    }
}
