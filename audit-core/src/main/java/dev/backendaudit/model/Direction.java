package dev.backendaudit.model;

/** Which way a metric gets worse. */
public enum Direction {
    /** Bigger values are worse: latency, error rate, change failure rate. */
    HIGHER_IS_WORSE,
    /** Smaller values are worse: test coverage, deployment frequency, headroom. */
    LOWER_IS_WORSE;

    /**
     * Whether {@code value} is beyond {@code bound} in the worsening direction (the bound itself is not).
     *
     * @param value a value in the base unit of the bound's dimension
     * @param bound the bound, in the same unit
     * @return true when {@code value} is above a HIGHER_IS_WORSE bound or below a LOWER_IS_WORSE one
     */
    public boolean isBeyond(double value, double bound) {
        return this == HIGHER_IS_WORSE ? value > bound : value < bound;
    }

    /**
     * {@code "above"} or {@code "below"}: the word for "beyond" in this direction.
     *
     * @return the word, as rules and gate keys spell it
     */
    public String beyondWord() {
        return this == HIGHER_IS_WORSE ? "above" : "below";
    }
}
