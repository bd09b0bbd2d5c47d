package dev.backendaudit.evidence.git;

/**
 * Two files that change together: their shared revisions over the mean of their revisions.
 *
 * <pre>{@code
 * report.couplings().forEach(c -> System.out.printf("%s + %s: %.0f%%%n", c.first(), c.second(), c.degree() * 100));
 * }</pre>
 *
 * @param first           one file (the alphabetically first of the pair)
 * @param second          the other file
 * @param sharedRevisions commits that changed both
 * @param degree          shared revisions divided by the mean of the two files' revisions, 0 to 1
 * @param kind            whether it is a pair of production files, a class and its test, or CI/configuration
 */
public record CoupledFiles(String first, String second, int sharedRevisions, double degree, CouplingKind kind) {
}
