package dev.backendaudit.evidence.scalability;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A load test's (concurrency, throughput) points, and where they come from.
 *
 * <pre>{@code
 * LoadTest test = LoadTests.read(Path.of("perf/stepped.jtl"));
 * test.points();    // one point per step with enough requests
 * test.notes();     // e.g. "14 transitional concurrency levels ... left out"
 * }</pre>
 *
 * @param source  the file and how the points were made from it
 * @param points  the points, by concurrency
 * @param endedAt when the test's last request completed, if the file records time
 * @param notes   what was left out of the points, and why
 */
public record LoadTest(String source, List<LoadPoint> points, Optional<Instant> endedAt, List<String> notes) {

    /** Copies the lists. */
    public LoadTest {
        Objects.requireNonNull(source, "source");
        points = List.copyOf(points);
        Objects.requireNonNull(endedAt, "endedAt");
        notes = List.copyOf(notes);
    }
}
