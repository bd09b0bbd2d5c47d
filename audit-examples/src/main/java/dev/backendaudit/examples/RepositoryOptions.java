package dev.backendaudit.examples;

import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.evidence.architecture.ClassImportException;
import dev.backendaudit.evidence.delivery.RecordFormatException;
import dev.backendaudit.evidence.git.GitHistoryException;
import dev.backendaudit.evidence.git.HistoryBackend;
import dev.backendaudit.evidence.git.HistoryOptions;
import dev.backendaudit.evidence.project.ProjectEvidence;
import dev.backendaudit.evidence.project.ProjectOptions;
import dev.backendaudit.evidence.project.ProjectReport;
import dev.backendaudit.evidence.quality.ReportReadException;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.text.VerdictText;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The main job's options for auditing a real project from its measured evidence, through
 * {@link ProjectEvidence}: git history, repository layout, compiled classes, JaCoCo and Surefire
 * reports, source size and, when given, deployment and incident records.
 *
 * <pre>
 * ./audit --repo                                  # the current directory, the last 52 weeks
 * ./audit --repo ../checkout --weeks 26 --deployments ops/deployments.csv --incidents ops/incidents.csv
 * ./audit --repo . --since 2026-01-01 --until 2026-07-01 --tag-pattern 'release-\d+' --git-cli
 * ./audit --repo . --cache /tmp/checkout.history
 * </pre>
 *
 * <p>Without {@code --repo} the main job prints its example audit, as before.
 */
public final class RepositoryOptions {

    @Option(names = "--repo", arity = "0..1", fallbackValue = ".", paramLabel = "DIR",
            description = "Audit the project in DIR (default: the current directory) from measured evidence: git history,"
                    + " layout, compiled classes, JaCoCo and Surefire reports, source size.")
    Path repository;

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "52",
            description = "Window of history: the N weeks before --until (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--since", paramLabel = "DATE", description = "Window start (a date, 2026-01-01, or an instant);"
            + " overrides --weeks.")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Window end, exclusive (default: now).")
    String until;

    @Option(names = "--deployments", paramLabel = "FILE", description = "Deployment records (.csv or .json).")
    Path deployments;

    @Option(names = "--incidents", paramLabel = "FILE", description = "Incident records (.csv or .json).")
    Path incidents;

    @Option(names = "--tag-pattern", paramLabel = "REGEX", description = "Release tags (default: semantic versions).")
    String tagPattern;

    @Option(names = "--refix-days", paramLabel = "N", defaultValue = "28",
            description = "A fix followed by another fix of its files within N days was fixed again (default: ${DEFAULT-VALUE}).")
    int refixDays;

    @Option(names = "--cache", paramLabel = "FILE", description = "Keep what was read in FILE, by commit id, so that"
            + " a re-audit diffs only new commits (JGit backend).")
    Path cache;

    @Option(names = "--git-cli", description = "Read history with the git command line instead of JGit.")
    boolean gitCli;

    /** Whether {@code --repo} was given. */
    boolean requested() {
        return repository != null;
    }

    /** Collects the evidence, evaluates the audit and prints it; returns the exit code. */
    int run(String strategy, int maxFindings, PrintStream out, PrintStream err) {
        return run(strategy, maxFindings, out, err, audit -> AuditHistory.empty(), verdict -> { });
    }

    /**
     * Collects the evidence, evaluates the audit with the earlier verdicts {@code earlierVerdicts} gives for it,
     * prints it and hands the verdict to {@code then} (to write reports, say); returns the exit code.
     */
    int run(String strategy, int maxFindings, PrintStream out, PrintStream err,
            java.util.function.Function<Audit, AuditHistory> earlierVerdicts, java.util.function.Consumer<Verdict> then) {
        try {
            Instant end = until == null ? Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS) : instant(until);
            Instant start = since == null ? end.minus(Duration.ofDays(7L * weeks)) : instant(since);
            ProjectOptions options = ProjectOptions.of(repository).history(h -> {
                HistoryOptions history = h.window(start, end).refixWindow(Duration.ofDays(refixDays))
                        .backend(gitCli ? HistoryBackend.GIT_CLI : HistoryBackend.JGIT);
                history = cache == null ? history : history.cache(cache);
                return tagPattern == null ? history : history.tagPattern(Pattern.compile(tagPattern));
            }).progress(read -> err.print("\rreading history: " + read + " commits"));
            options = deployments == null ? options : options.deployments(deployments);
            options = incidents == null ? options : options.incidents(incidents);
            ProjectReport project = ProjectEvidence.collect(options);
            err.println();
            out.print(project.summary());
            out.println();
            Audit built = Audit.builder(name(repository)).at(project.at()).checklist(StandardChecklist.checklist())
                    .evidence(project.evidence()).build();
            Verdict verdict = Evaluator.evaluate(built, Strategies.byName(strategy), earlierVerdicts.apply(built));
            out.print(project.coverage(verdict));
            out.println();
            out.print(VerdictText.render(verdict, maxFindings));
            then.accept(verdict);
            return 0;
        } catch (GitHistoryException | RecordFormatException | ClassImportException | ReportReadException
                 | IllegalArgumentException e) {
            err.println();
            err.println("audit: " + e.getMessage());
            return 1;
        }
    }

    private static Instant instant(String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a date must look like 2026-01-01 or 2026-01-01T00:00:00Z, but was '"
                    + text + "'", e);
        }
    }

    private static String name(Path repository) {
        Path absolute = repository.toAbsolutePath().normalize();
        return absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
    }
}
