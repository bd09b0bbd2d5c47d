package dev.backendaudit.examples;

import dev.backendaudit.engine.Evaluator;
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
 * ./audit --repo [DIR]          # audit a git repository from measured evidence (see RepositoryOptions)
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
    RepositoryOptions repository = new RepositoryOptions();

    /** Runs the main job; exits with 0, or 2 on bad arguments. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        if (listStrategies) {
            Strategies.available().forEach(System.out::println);
            return 0;
        }
        if (repository.requested()) {
            return repository.run(strategy, maxFindings, System.out, System.err);
        }
        Verdict verdict = Evaluator.evaluate(CheckoutServiceAudit.audit(), Strategies.byName(strategy));
        System.out.print(VerdictText.render(verdict, maxFindings));
        return 0;
    }
}
