package dev.backendaudit.examples;

import dev.backendaudit.checklist.StandardChecklist;
import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.evidence.delivery.ServiceRecords;
import dev.backendaudit.evidence.git.HistoryBackend;
import dev.backendaudit.evidence.git.HistoryOptions;
import dev.backendaudit.evidence.git.ProgressListener;
import dev.backendaudit.evidence.git.RepositorySubject;
import dev.backendaudit.evidence.project.ProjectEvidence;
import dev.backendaudit.evidence.project.ProjectOptions;
import dev.backendaudit.evidence.project.ProjectReport;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.text.VerdictText;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The main job's options for auditing a real project from its measured evidence, through
 * {@link ProjectEvidence}: git history, repository layout, compiled classes, JaCoCo and Surefire
 * reports, source size, latency recordings and load tests (named with {@link RecordingOptions}, else
 * found in the repository) and, when given, deployment and incident records.
 *
 * <pre>
 * ./audit --repo                                  # the current directory, the last 52 weeks
 * ./audit --repo ../checkout --weeks 26 --deployments ops/deployments.csv --incidents ops/incidents.csv
 * ./audit --repo . --since 2026-01-01 --until 2026-07-01 --tag-pattern 'release-\d+' --git-cli
 * ./audit --repo . --cache /tmp/checkout.history
 * </pre>
 *
 * <p>Without {@code --repo} the main job prints its example audit, as before, and refuses the options
 * below. The subject is the repository's ({@link RepositorySubject}: its remote, else its directory and
 * root commit; for a directory without git, its absolute path) unless {@code --subject} names it; the
 * delivery records counted are those of the subject's service ({@link ServiceRecords}) unless
 * {@code --service} names it.
 */
public final class RepositoryOptions {

    @Option(names = "--repo", arity = "0..1", fallbackValue = ".", paramLabel = "DIR",
            description = "Audit the project in DIR (default: the current directory) from measured evidence: git history,"
                    + " layout, compiled classes, JaCoCo and Surefire reports, source size.")
    Path repository;

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "52",
            description = "Window of history: the N complete weeks before the week of --until (default: ${DEFAULT-VALUE});"
                    + " at least 1.")
    int weeks;

    @Option(names = "--since", paramLabel = "DATE", converter = OptionChecks.DateConverter.class,
            description = "Window start (a date, 2026-01-01, or an instant, 2026-01-01T00:00:00Z); instead of --weeks.")
    Instant since;

    @Option(names = "--until", paramLabel = "DATE", converter = OptionChecks.DateConverter.class,
            description = "Window end, exclusive (default: just after the newest commit; a later end is clipped to it).")
    Instant until;

    @Option(names = "--deployments", paramLabel = "FILE", description = "Deployment records (.csv or .json).")
    Path deployments;

    @Option(names = "--incidents", paramLabel = "FILE", description = "Incident records (.csv or .json); needs"
            + " --deployments.")
    Path incidents;

    @Option(names = "--service", paramLabel = "NAME", description = "The service of the delivery records to audit"
            + " (default: the records of the subject; records of other services are never counted).")
    String service;

    @Option(names = "--subject", paramLabel = "NAME", description = "The audited subject's name (default: the"
            + " repository's remote, e.g. github.com/shop/checkout, else its directory and root commit).")
    String subject;

    @Option(names = "--tag-pattern", paramLabel = "REGEX", converter = OptionChecks.PatternConverter.class,
            description = "Release tags (default: semantic versions).")
    Pattern tagPattern;

    @Option(names = "--refix-days", paramLabel = "N", defaultValue = "28",
            description = "A fix followed by another fix of its files within N days was fixed again (default: ${DEFAULT-VALUE}).")
    int refixDays;

    @Option(names = "--cache", paramLabel = "FILE", description = "Keep what was read in FILE, by commit id, so that"
            + " a re-audit diffs only new commits (JGit backend; a file that is not a cache is refused).")
    Path cache;

    @Option(names = "--git-cli", description = "Read history with the git command line instead of JGit.")
    boolean gitCli;

    /** The recording options, whose named recordings replace those found in the repository; null for none. */
    RecordingOptions recordings;

    /** Every option that only makes sense with {@code --repo}. */
    private static final List<String> REPOSITORY_ONLY = List.of("--weeks", "--since", "--until", "--deployments",
            "--incidents", "--service", "--subject", "--tag-pattern", "--refix-days", "--cache", "--git-cli");

    /** The files the repository audit reads, by option, so that no report overwrites one. */
    Map<String, Path> inputs() {
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("--deployments", deployments);
        inputs.put("--incidents", incidents);
        inputs.put("--cache", cache);
        return inputs;
    }

    /**
     * Checks, before any work starts, the options' values and combinations.
     *
     * @param spec the command, for messages
     * @throws ParameterException naming the option, its value and the rule
     */
    void check(CommandSpec spec) {
        if (!requested()) {
            for (String option : REPOSITORY_ONLY) {
                OptionChecks.needs(spec, option, "--repo", "it applies to the audit of a repository (without --repo"
                        + " the example audit is printed)");
            }
            return;
        }
        if (!Files.isDirectory(repository)) {
            throw new ParameterException(spec.commandLine(), "--repo " + repository + ": no such directory");
        }
        OptionChecks.atLeast(spec, "--weeks", weeks, 1);
        OptionChecks.atLeast(spec, "--refix-days", refixDays, 1);
        OptionChecks.notTogether(spec, "--since", "--weeks", "both set the window's start; give --since a date, or"
                + " --weeks before --until");
        OptionChecks.needs(spec, "--incidents", "--deployments", "incidents are judged against the deployments that"
                + " caused them; give the deployment records too");
        OptionChecks.needs(spec, "--service", "--deployments", "it picks the service whose delivery records count");
        OptionChecks.notTogether(spec, "--cache", "--git-cli", "the history cache serves the JGit backend only; drop"
                + " one of them");
        if (subject != null && subject.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--subject must not be blank, but was '" + subject + "'");
        }
        if (service != null && service.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--service must not be blank, but was '" + service + "'");
        }
        if (since != null) {
            // the library bounds the window by the data; here only what can be checked before reading it
            Instant end = until == null ? Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS) : until;
            if (!since.isBefore(end)) {
                throw new ParameterException(spec.commandLine(), "the window must start before it ends, but --since "
                        + since + " is not before " + (until == null ? "now, " + end : "--until " + end));
            }
        }
        for (Map.Entry<String, Path> input : inputs().entrySet()) {
            if (!input.getKey().equals("--cache") && input.getValue() != null && !Files.isRegularFile(input.getValue())) {
                throw new ParameterException(spec.commandLine(), input.getKey() + " " + input.getValue()
                        + ": no such file");
            }
        }
        if (cache != null) {
            OptionChecks.writableFile(spec, "--cache", cache);
        }
    }

    /** Whether {@code --repo} was given. */
    boolean requested() {
        return repository != null;
    }

    /**
     * Collects the evidence, evaluates the audit with the earlier verdicts {@code earlierVerdicts} gives for it,
     * prints it and hands the verdict to {@code then} (to write reports, say); returns the exit code. A failure
     * (a repository that cannot be read, a malformed record) is thrown, for the main job to print as one line.
     */
    int run(String strategy, int maxFindings, PrintStream out, PrintStream err,
            java.util.function.Function<Audit, AuditHistory> earlierVerdicts, java.util.function.Consumer<Verdict> then) {
        ProgressLine progress = new ProgressLine(err);
        // the window asked for; the library bounds it by the data, and every source measures the window measured
        ProjectOptions options = ProjectOptions.of(repository).history(h -> {
            HistoryOptions history = h.weeks(weeks).refixWindow(Duration.ofDays(refixDays))
                    .backend(gitCli ? HistoryBackend.GIT_CLI : HistoryBackend.JGIT);
            history = until == null ? history : history.until(until);
            history = since == null ? history : history.since(since);
            history = cache == null ? history : history.cache(cache);
            return tagPattern == null ? history : history.tagPattern(tagPattern);
        }).progress(progress);
        options = subject == null ? options : options.subject(subject);
        options = deployments == null ? options : options.deployments(deployments);
        options = incidents == null ? options : options.incidents(incidents);
        options = service == null ? options : options.service(service);
        options = recordings == null ? options : options.recordings(recordings.selection());
        ProjectReport project;
        try {
            project = ProjectEvidence.collect(options);
        } finally {
            progress.end();
        }
        out.print(project.summary());
        out.println();
        Audit built = Audit.builder(project.subject()).at(project.at()).checklist(StandardChecklist.checklist())
                .evidence(project.evidence()).build();
        Verdict verdict = Evaluator.evaluate(built, Strategies.byName(strategy), earlierVerdicts.apply(built));
        out.print(project.coverage(verdict));
        out.println();
        out.print(VerdictText.render(verdict, maxFindings));
        then.accept(verdict);
        return 0;
    }

    /**
     * The commits read so far, on one line of standard error rewritten in place; {@link #end()} ends that line
     * (when it was shown), so that what follows starts a line of its own.
     */
    private static final class ProgressLine implements ProgressListener {
        private final PrintStream err;
        private boolean shown;

        ProgressLine(PrintStream err) {
            this.err = err;
        }

        @Override
        public void commitsRead(long commitsRead) {
            shown = true;
            err.print("\rreading history: " + commitsRead + " commits");
        }

        void end() {
            if (shown) {
                err.println();
                shown = false;
            }
        }
    }
}
