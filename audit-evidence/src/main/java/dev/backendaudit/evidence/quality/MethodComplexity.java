package dev.backendaudit.evidence.quality;

import java.util.Optional;

/**
 * The cyclomatic complexity of one method, from its COMPLEXITY counter in a JaCoCo report
 * (missed plus covered: the number of linearly independent paths through it).
 *
 * @param className  the class, e.g. {@code com.acme.orders.Order$Line}
 * @param method     the method's name, e.g. {@code total} or {@code <init>}
 * @param descriptor its JVM descriptor, e.g. {@code (I)J}
 * @param line       the line it starts at, when the class was compiled with line numbers
 * @param complexity its cyclomatic complexity, at least 1
 */
public record MethodComplexity(String className, String method, String descriptor, Optional<Integer> line,
                               int complexity) {

    /** {@code "com.acme.orders.Order.total(I)J:42 (complexity 23)"}. */
    @Override
    public String toString() {
        return className + "." + method + descriptor + line.map(l -> ":" + l).orElse("") + " (complexity " + complexity
                + ")";
    }
}
