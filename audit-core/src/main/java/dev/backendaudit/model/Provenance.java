package dev.backendaudit.model;

import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.IsoInstants;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a piece of evidence came from: who or what produced it, from which file or source,
 * and when it was observed.
 *
 * <pre>{@code
 * Provenance.manual()                                              // typed in by a person
 * Provenance.manual("scaled by hand during sales")                 // with where it is written down
 * Provenance.of("hdr-histogram", "perf/peak.hlog:120", observedAt) // measured by a collector
 * }</pre>
 *
 * @param source     who or what produced the evidence: {@value #MANUAL} or a collector's name
 * @param location   where, if known: a file (with a line), a URL, a commit range
 * @param observedAt when the observation was made, if known
 */
public record Provenance(String source, Optional<String> location, Optional<Instant> observedAt) {

    /** The source of evidence typed in by a person. */
    public static final String MANUAL = "manual";

    private static final Provenance MANUAL_PROVENANCE = new Provenance(MANUAL, Optional.empty(), Optional.empty());

    /**
     * @throws IllegalArgumentException if {@code source} is blank, {@code location} is present but blank, or
     *                                  {@code observedAt} lies outside the years 1 to 9999
     */
    public Provenance {
        Checks.notBlank("provenance source", source);
        Checks.notNull("provenance location", location);
        Checks.notNull("provenance observedAt", observedAt);
        location.ifPresent(l -> Checks.notBlank("provenance location", l));
        observedAt.ifPresent(t -> Checks.instant("provenance observedAt", t));
    }

    /** Evidence typed in by a person, with no further source. */
    public static Provenance manual() {
        return MANUAL_PROVENANCE;
    }

    /** Evidence typed in by a person, who says where it is written down (a ticket, a document). */
    public static Provenance manual(String location) {
        return new Provenance(MANUAL, Optional.of(Checks.notBlank("provenance location", location)), Optional.empty());
    }

    /** Evidence measured by {@code source} from {@code location} at {@code observedAt}. */
    public static Provenance of(String source, String location, Instant observedAt) {
        return new Provenance(source, Optional.of(Checks.notBlank("provenance location", location)),
                Optional.of(Checks.notNull("provenance observedAt", observedAt)));
    }

    /** Evidence produced by {@code source} with no particular location or time. */
    public static Provenance of(String source) {
        return new Provenance(source, Optional.empty(), Optional.empty());
    }

    /** Whether a person typed this evidence in. */
    public boolean isManual() {
        return MANUAL.equals(source);
    }

    /** {@code "manual"}, {@code "hdr-histogram (perf/peak.hlog:120, 2026-11-20T10:00:00Z)"}. */
    @Override
    public String toString() {
        if (location.isEmpty() && observedAt.isEmpty()) {
            return source;
        }
        StringBuilder text = new StringBuilder(source.length() + location.map(String::length).orElse(0) + 36)
                .append(source).append(" (");
        location.ifPresent(text::append);
        if (location.isPresent() && observedAt.isPresent()) {
            text.append(", ");
        }
        observedAt.ifPresent(at -> text.append(IsoInstants.format(at)));
        return text.append(')').toString();
    }
}
