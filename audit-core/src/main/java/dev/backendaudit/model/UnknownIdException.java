package dev.backendaudit.model;

import dev.backendaudit.internal.NearestMatch;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An id a user gave that matches nothing the audit has: never silently ignored. The message names the
 * id, the nearest known one and every known one, and so do the accessors, for programs:
 * {@code withoutCriterion("performance.latency-p95-peek") names no criterion of the audit of svc; did you
 * mean 'performance.latency-p95-peak'? Known: [...]}.
 */
public final class UnknownIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The id that matched nothing. */
    private final String id;
    /** The ids there are, sorted. */
    private final List<String> known;

    /**
     * An unknown id.
     *
     * @param message what the id was meant to name, e.g. {@code "withoutCriterion(\"x\") names no criterion"}
     * @param id      the id that matched nothing
     * @param known   the ids there are
     */
    public UnknownIdException(String message, String id, Collection<String> known) {
        super(message + NearestMatch.suggestion(id, known));
        this.id = id;
        this.known = List.copyOf(new TreeSet<>(known));
    }

    /**
     * The id that matched nothing.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The ids there are, sorted.
     *
     * @return the known ids
     */
    public List<String> known() {
        return known;
    }

    /**
     * The known id nearest to {@link #id()}, if one is near enough to be meant.
     *
     * @return the nearest id
     */
    public Optional<String> nearest() {
        return NearestMatch.nearest(id, known);
    }
}
