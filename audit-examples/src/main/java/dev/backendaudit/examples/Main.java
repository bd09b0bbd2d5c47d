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
import picocli.CommandLine.Option;

/**
 * The main job: evaluates the example audit of a checkout service and prints its verdict.
 *
 * <pre>
 * ./audit                       # the example audit, scored by the checklist strategy
 * ./audit --strategy checklist  # pick a strategy by name
 * ./audit --list-strategies
 * ./audit --repo [DIR]          # audit a project from measured evidence (see RepositoryOptions)
 * </pre>
 */
@Command(name = "audit", mixinStandardHelpOptions = true, version = "backend-audit 0.1.0-SNAPSHOT",
        description = "Evaluates a backend audit and prints the verdict: outcome, area health, findings, next steps.")
public final class Main implements Callable<Integer> {

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "checklist",
            description = "Scoring strategy by name (default: ${DEFAULT-VALUE}); see --list-strategies.")
    String strategy;

    @Option(names = "--list-strategies", description = "Print the names of the available scoring strategies and exit.")
    boolean listStrategies;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "10",
            description = "Most findings to print (default: ${DEFAULT-VALUE}).")
    int maxFindings;

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Mixin
    RepositoryOptions repository = new RepositoryOptions();

    /** Runs the main job; exits with 0, or 2 on bad arguments. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The main job's command line. A bad value found while running (an unknown strategy name, say) is
     * reported as one line on standard error with exit code 2, not as a stack trace.
     */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((failure, command, parsed) -> {
            if (failure instanceof IllegalArgumentException) {
                command.getErr().println("audit: " + failure.getMessage());
                return 2;
            }
            throw failure;
        });
    }

    @Override
    public Integer call() {
        if (listStrategies) {
            Strategies.available().forEach(System.out::println);
            return 0;
        }
        if (repository.requested()) {
            return repository.run(strategy, maxFindings, System.out, System.err, reports::historyBefore,
                    this::writeReports);
        }
        Audit audit = CheckoutServiceAudit.audit();
        Verdict verdict = Evaluator.evaluate(audit, Strategies.byName(strategy), reports.historyBefore(audit));
        System.out.print(VerdictText.render(verdict, maxFindings));
        writeReports(verdict);
        return 0;
    }

    private void writeReports(Verdict verdict) {
        reports.write(verdict).forEach(file -> System.err.println("wrote " + file));
        reports.store(verdict).ifPresent(file -> System.err.println("stored " + file));
    }
}
