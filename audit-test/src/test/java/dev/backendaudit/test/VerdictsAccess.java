package dev.backendaudit.test;

import dev.backendaudit.model.Verdict;

/** Opens the package-private test verdicts to tests in sub-packages. */
public final class VerdictsAccess {

    private VerdictsAccess() {
    }

    public static Verdict healthy() {
        return Verdicts.healthy();
    }

    public static Verdict optimize() {
        return Verdicts.optimize();
    }

    public static Verdict rebuild() {
        return Verdicts.rebuild();
    }

    public static dev.backendaudit.model.Audit.Builder withoutTopics(java.time.Instant at, String... topicIds) {
        return Verdicts.withoutTopics(at, topicIds);
    }
}
