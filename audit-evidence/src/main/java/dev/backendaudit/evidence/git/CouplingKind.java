package dev.backendaudit.evidence.git;

/**
 * What a pair of files that change together is. Only {@link #PRODUCTION} pairs say something about
 * the architecture, so only they are counted as {@code GitMetrics.COUPLED_FILE_PAIRS}; the others are
 * reported apart.
 *
 * <pre>{@code
 * report.couplings().stream().filter(c -> c.kind() == CouplingKind.PRODUCTION).count();
 * }</pre>
 */
public enum CouplingKind {
    /** Two production source files (neither a test, nor build, CI or configuration). */
    PRODUCTION,
    /** A class and its own test ({@code Foo} and {@code FooTest}, {@code FooTests}, {@code FooIT}, {@code FooSpec}, ...). */
    CLASS_AND_TEST,
    /** A pair with a CI, build or configuration file ({@code .github/workflows/*}, {@code pom.xml}, {@code *.yml}, ...). */
    CI_OR_CONFIGURATION,
    /** Anything else: two tests, a class and another class's test, documentation. */
    OTHER
}
