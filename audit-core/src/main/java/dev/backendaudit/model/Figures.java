package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The typed figures a strategy reported, in the order it reported them; see {@link Figure}.
 *
 * <pre>{@code
 * Figures figures = Figures.builder().put(WeightedScoreStrategy.SCORE, 72.5).build();
 * figures.get(WeightedScoreStrategy.SCORE);   // Optional[72.5]
 * }</pre>
 */
public final class Figures {

    private static final Figures NONE = new Figures(Map.of());

    private final Map<Figure<?>, Object> values;

    private Figures(Map<Figure<?>, Object> values) {
        this.values = values;
    }

    /**
     * No figures.
     *
     * @return the empty figures
     */
    public static Figures none() {
        return NONE;
    }

    /**
     * Starts a collection of figures.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The value of {@code key}, if reported.
     *
     * @param key the figure's key
     * @param <T> the value's type
     * @return its value
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(Figure<T> key) {
        return Optional.ofNullable((T) values.get(Checks.notNull("figure key", key)));
    }

    /**
     * Every reported key, in order.
     *
     * @return the keys
     */
    public Set<Figure<?>> keys() {
        return values.keySet();
    }

    /**
     * Every figure, in order.
     *
     * @return key to value
     */
    public Map<Figure<?>, Object> asMap() {
        return values;
    }

    /**
     * Whether no figure was reported.
     *
     * @return whether empty
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * The value of {@code key} as a person reads it: a number to one decimal (without a trailing
     * ".0"), names and ids comma-separated, instants in ISO-8601.
     *
     * @param key a reported key
     * @return the text
     */
    public String format(Figure<?> key) {
        return format(values.get(key));
    }

    static String format(Object value) {
        if (value instanceof Double number) {
            return Quantity.format(Math.round(number * 10) / 10.0, 15);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Figures::element).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    private static String element(Object item) {
        if (item instanceof Criterion criterion) {
            return criterion.id();
        }
        if (item instanceof Area area) {
            return area.id();
        }
        return String.valueOf(item);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Figures f && f.values.equals(values)
                && List.copyOf(f.values.keySet()).equals(List.copyOf(values.keySet()));
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.keySet().stream().map(k -> k.qualifiedName() + "=" + format(k))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Collects figures; a key given twice keeps its first position and takes the last value. */
    public static final class Builder {
        private final Map<Figure<?>, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Reports {@code value} under {@code key}.
         *
         * @param key   the key
         * @param value its value, of the key's kind
         * @param <T>   the value's type
         * @return this builder
         * @throws IllegalArgumentException if the value does not fit the key's kind
         */
        public <T> Builder put(Figure<T> key, T value) {
            values.put(Checks.notNull("figure key", key), key.check(value));
            return this;
        }

        /**
         * Reports every figure of {@code figures}.
         *
         * @param figures other figures
         * @return this builder
         */
        public Builder putAll(Figures figures) {
            values.putAll(Checks.notNull("figures", figures).values);
            return this;
        }

        /**
         * Reports a value read back from a stored form, checked against the key's kind.
         *
         * @param key   the key
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException if the value does not fit the key's kind
         */
        public Builder putChecked(Figure<?> key, Object value) {
            values.put(Checks.notNull("figure key", key), key.check(value));
            return this;
        }

        /**
         * The figures.
         *
         * @return the figures
         */
        public Figures build() {
            return values.isEmpty() ? NONE : new Figures(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }
}
