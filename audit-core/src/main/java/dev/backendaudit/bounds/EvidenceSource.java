package dev.backendaudit.bounds;

import dev.backendaudit.internal.Checks;
import java.util.Optional;

/**
 * Where the evidence for one criterion would come from: the collector of this project that measures it and
 * the artifact it reads, or, when no collector does, who or what can give it. The table of sources is
 * {@link EvidenceSources}.
 *
 * <pre>{@code
 * EvidenceSources.of(Metrics.REFIX_SHARE);   // GitHistory: the repository's git history, ./audit --repo DIR
 * EvidenceSources.of(Questions.ARCHITECTURE_AT_SCALING_LIMIT);   // asked of the team
 * }</pre>
 *
 * @param collector the collector that measures it (a class of {@code audit-evidence}, such as
 *                  {@code "GitHistory"}), if one does
 * @param artifact  what it reads, or who can give the evidence when no collector measures it
 */
public record EvidenceSource(Optional<String> collector, String artifact) {

    /**
     * @param collector the collector that measures it (a class of {@code audit-evidence}, such as
     *                  {@code "GitHistory"}), if one does
     * @param artifact  what it reads, or who can give the evidence when no collector measures it
     * @throws IllegalArgumentException if the collector is given but blank, or the artifact is blank
     */
    public EvidenceSource {
        Checks.notNull("evidence source collector", collector);
        collector.ifPresent(c -> Checks.notBlank("evidence source collector", c));
        Checks.notBlank("evidence source artifact", artifact);
    }

    /**
     * A source measured by {@code collector} from {@code artifact}.
     *
     * @param collector the collector's name
     * @param artifact  what it reads
     * @return the source
     */
    public static EvidenceSource collector(String collector, String artifact) {
        return new EvidenceSource(Optional.of(Checks.notBlank("evidence source collector", collector)), artifact);
    }

    /**
     * Evidence no collector of this project gives: a person, or a tool of the team's own.
     *
     * @param who who or what can give it
     * @return the source
     */
    public static EvidenceSource manual(String who) {
        return new EvidenceSource(Optional.empty(), who);
    }

    /** {@code "GitHistory: the repository's git history, ./audit --repo DIR"}, or the artifact alone. */
    @Override
    public String toString() {
        return collector.map(c -> c + ": " + artifact).orElse(artifact);
    }
}
