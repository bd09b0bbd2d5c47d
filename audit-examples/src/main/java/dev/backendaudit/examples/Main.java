package dev.backendaudit.examples;

import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.text.VerdictText;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The main job: evaluates the example audit of a checkout service and prints its verdict.
 *
 * <pre>
 * ./audit                       # the example audit, scored by the checklist strategy
 * ./audit --strategy checklist  # pick a strategy by name
 * ./audit --list-strategies
 * ./audit --repo [DIR]          # audit a project from measured evidence (see RepositoryOptions)
 * ./audit --latency FILE --load-test FILE   # audit from recordings (see RecordingOptions)
 * </pre>
 *
 * <p>Exit codes: 0 when the verdict was printed (whatever it is), 2 for bad arguments (a value that
 * cannot be converted, a combination that makes no sense, a file that cannot be written, an unknown
 * strategy), all checked before any work starts, and 1 for a failure while running (a repository
 * or a record that cannot be read, a report that cannot be written). Every failure is one line on
 * standard error, {@code audit: ...}, naming the option and value where there is one; with
 * {@code --verbose} its stack trace follows.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, version = "backend-audit 0.1.0-SNAPSHOT",
        description = "Evaluates a backend audit and prints the verdict: outcome, area health, findings, next steps.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the verdict was printed", "1:a failure while running (a repository, record or file that"
                + " cannot be read or written)", "2:bad arguments, found before any work starts"})
public final class Main implements Callable<Integer> {

    /** Exit code of a failure while running. */
    static final int FAILURE = 1;
    /** Exit code of bad arguments. */
    static final int BAD_ARGUMENTS = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "checklist",
            description = "Scoring strategy by name (default: ${DEFAULT-VALUE}); see --list-strategies.")
    String strategy;

    @Option(names = "--list-strategies", description = "Print the names of the available scoring strategies and exit.")
    boolean listStrategies;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "10",
            description = "Most findings to print (default: ${DEFAULT-VALUE}); at least 0.")
    int maxFindings;

    @Option(names = "--verbose", description = "On a failure, print its stack trace after the line; show the logs of"
            + " the libraries used (JGit's among them).")
    boolean verbose;

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Mixin
    RecordingOptions recordings = new RecordingOptions();

    /** Runs the main job and exits with its exit code: 0, 1 (failure while running) or 2 (bad arguments). */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The main job's command line: a bad argument is one line on standard error and exit code 2; a failure
     * while running is one line and exit code 1; never a stack trace unless {@code --verbose} asks for one.
     */
    static CommandLine commandLine() {
        Main main = new Main();
        return new CommandLine(main)
                .setParameterExceptionHandler((failure, args) -> {
                    CommandLine command = failure.getCommandLine();
                    command.getErr().println("audit: " + oneLine(failure.getMessage()) + suggestions(failure));
                    if (main.verbose) {
                        failure.printStackTrace(command.getErr());
                    }
                    return BAD_ARGUMENTS;
                })
                .setExecutionExceptionHandler((failure, command, parsed) -> {
                    String message = failure.getMessage() == null ? failure.getClass().getSimpleName()
                            : failure.getMessage();
                    command.getErr().println("audit: " + oneLine(message));
                    if (main.verbose) {
                        failure.printStackTrace(command.getErr());
                    }
                    command.getErr().flush();
                    return FAILURE;
                });
    }

    private static String suggestions(ParameterException failure) {
        if (failure instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "? (see --help)";
        }
        return failure instanceof CommandLine.UnmatchedArgumentException ? " (see --help)" : "";
    }

    /** A message as one line: what follows a line break is joined with "; ". */
    static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    @Override
    public Integer call() {
        if (verbose) {
            // before any logger exists: slf4j-simple reads its configuration once
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jgit", "warn");
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        if (listStrategies) {
            Strategies.available().forEach(System.out::println);
            return 0;
        }
        check();
        if (repository.requested()) {
            repository.recordings = recordings;
            return repository.run(strategy, maxFindings, System.out, System.err, reports::historyBefore,
                    this::writeReports);
        }
        if (recordings.requested()) {
            return recordings.run(strategy, maxFindings, System.out, reports::historyBefore,
                    this::writeReports);
        }
        Audit audit = CheckoutServiceAudit.audit();
        Verdict verdict = Evaluator.evaluate(audit, Strategies.byName(strategy), reports.historyBefore(audit));
        System.out.print(VerdictText.render(verdict, maxFindings));
        writeReports(verdict);
        return 0;
    }

    /** Every check of the arguments, before any work starts. */
    private void check() {
        try {
            Strategies.byName(strategy);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--strategy: " + e.getMessage());
        }
        OptionChecks.atLeast(spec, "--max-findings", maxFindings, 0);
        repository.check(spec);
        recordings.check(spec, repository.requested());
        java.util.Map<String, java.nio.file.Path> inputs = new java.util.LinkedHashMap<>(repository.inputs());
        inputs.putAll(recordings.inputs());
        reports.check(spec, inputs);
    }

    private void writeReports(Verdict verdict) {
        reports.write(verdict).forEach(file -> System.err.println("wrote " + file));
        reports.store(verdict).ifPresent(file -> System.err.println("stored " + file));
    }
}
