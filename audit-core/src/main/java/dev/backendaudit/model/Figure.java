package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The typed key of one figure a strategy reports beside its outcome: a score as a number, a level as
 * a name, the criteria that block the next level as criteria. Each strategy declares its keys as
 * constants, and a verdict returns the value typed:
 *
 * <pre>{@code
 * double score = verdict.figure(WeightedScoreStrategy.SCORE).orElseThrow();
 * List<Criterion> blocking = verdict.figure(MaturityLevelsStrategy.BLOCKED_BY).orElse(List.of());
 * }</pre>
 *
 * <p>A key is named by its owner (the strategy that reports it, so that a composite strategy passes
 * its base's figures on under the same keys) and its name, and has a {@link Kind}. Two keys are equal
 * when owner, name and kind are.
 *
 * @param <T> the type of the figure's value
 */
public final class Figure<T> {

    /** What kind of value a figure holds, and so how it is stored and exported. */
    public enum Kind {
        /** A finite number ({@link Double}); exported to OpenMetrics as a gauge. */
        NUMBER(Double.class),
        /** A text ({@link String}). */
        TEXT(String.class),
        /** Names or ids ({@code List<String>}), in order. */
        NAMES(List.class),
        /** An {@link Outcome}. */
        OUTCOME(Outcome.class),
        /** Criteria ({@code List<Criterion>}), in order. */
        CRITERIA(List.class),
        /** Areas ({@code List<Area>}), in order. */
        AREAS(List.class),
        /** Instants ({@code List<Instant>}), in order. */
        INSTANTS(List.class);

        private final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }

        /**
         * The Java type of values of this kind.
         *
         * @return the type
         */
        public Class<?> type() {
            return type;
        }
    }

    private final String owner;
    private final String name;
    private final Kind kind;

    private Figure(String owner, String name, Kind kind) {
        this.owner = Checks.identifier("figure owner", owner);
        this.name = Checks.identifier("figure name", name);
        this.kind = Checks.notNull("figure kind", kind);
    }

    /**
     * A number, such as a score.
     *
     * @param owner the strategy that reports it, e.g. {@code "weighted-score"}
     * @param name  its name, e.g. {@code "score"}
     * @return the key
     */
    public static Figure<Double> number(String owner, String name) {
        return new Figure<>(owner, name, Kind.NUMBER);
    }

    /**
     * A text, such as a level's name.
     *
     * @param owner the strategy that reports it
     * @param name  its name
     * @return the key
     */
    public static Figure<String> text(String owner, String name) {
        return new Figure<>(owner, name, Kind.TEXT);
    }

    /**
     * Names or ids, such as the floors that fired.
     *
     * @param owner the strategy that reports it
     * @param name  its name
     * @return the key
     */
    public static Figure<List<String>> names(String owner, String name) {
        return new Figure<>(owner, name, Kind.NAMES);
    }

    /**
     * An outcome, such as a base strategy's.
     *
     * @param owner the strategy that reports it
     * @param name  its name
     * @return the key
     */
    public static Figure<Outcome> outcome(String owner, String name) {
        return new Figure<>(owner, name, Kind.OUTCOME);
    }

    /**
     * Criteria, such as those that block a level.
     *
     * @param owner the strategy that reports it
     * @param name  its name
     * @return the key
     */
    public static Figure<List<Criterion>> criteria(String owner, String name) {
        return new Figure<>(owner, name, Kind.CRITERIA);
    }

    /**
     * Areas, such as the worst ones.
     *
     * @param owner the strategy that reports it
     * @param name  its name
     * @return the key
     */
    public static Figure<List<Area>> areas(String owner, String name) {
        return new Figure<>(owner, name, Kind.AREAS);
    }

    /**
     * Instants, such as the audits a rule compared.
     *
     * @param owner the strategy that reports it
     * @param name  its name
     * @return the key
     */
    public static Figure<List<Instant>> instants(String owner, String name) {
        return new Figure<>(owner, name, Kind.INSTANTS);
    }

    /**
     * A key of {@code kind}, for readers that restore figures from their stored form.
     *
     * @param owner the owner
     * @param name  the name
     * @param kind  the kind
     * @return the key, typed as unknown
     */
    public static Figure<?> of(String owner, String name, Kind kind) {
        return new Figure<>(owner, name, kind);
    }

    /**
     * The strategy (or part of the engine) that reports the figure.
     *
     * @return e.g. {@code "weighted-score"}
     */
    public String owner() {
        return owner;
    }

    /**
     * The figure's name within its owner.
     *
     * @return e.g. {@code "score"}
     */
    public String name() {
        return name;
    }

    /**
     * The kind of value.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * {@code "weighted-score.score"}: owner and name, as reports print the key.
     *
     * @return the qualified name
     */
    public String qualifiedName() {
        return owner + "." + name;
    }

    /**
     * Checks that {@code value} fits this key's kind and returns it as an immutable value.
     *
     * @param value a value
     * @return the value, checked (lists copied)
     * @throws IllegalArgumentException naming the figure if the value does not fit its kind
     */
    @SuppressWarnings("unchecked")
    T check(Object value) {
        Checks.notNull("figure " + qualifiedName(), value);
        if (!kind.type().isInstance(value)) {
            throw new IllegalArgumentException("figure " + qualifiedName() + " must be a " + kind + " ("
                    + kind.type().getSimpleName() + "), but was " + value + " (" + value.getClass().getSimpleName() + ")");
        }
        if (kind == Kind.NUMBER) {
            Checks.finite("figure " + qualifiedName(), (Double) value);
            return (T) value;
        }
        if (value instanceof List<?> list) {
            Class<?> element = switch (kind) {
                case NAMES -> String.class;
                case CRITERIA -> Criterion.class;
                case AREAS -> Area.class;
                case INSTANTS -> Instant.class;
                default -> throw new AssertionError(kind);
            };
            List<?> copy = Checks.listCopy("figure " + qualifiedName(), list);
            for (int i = 0; i < copy.size(); i++) {
                if (!element.isInstance(copy.get(i))) {
                    throw new IllegalArgumentException("figure " + qualifiedName() + "[" + i + "] must be a "
                            + element.getSimpleName() + ", but was " + copy.get(i));
                }
            }
            return (T) copy;
        }
        return (T) value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Figure<?> f && f.owner.equals(owner) && f.name.equals(name) && f.kind == kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, name, kind);
    }

    /** {@code "weighted-score.score (NUMBER)"}. */
    @Override
    public String toString() {
        return qualifiedName() + " (" + kind + ")";
    }
}
