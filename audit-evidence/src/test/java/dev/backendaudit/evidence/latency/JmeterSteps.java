package dev.backendaudit.evidence.latency;

import dev.backendaudit.evidence.scalability.UslModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/** A stepped JMeter run, written with JMeter's own writer, whose throughput per step follows a USL model. */
public final class JmeterSteps {

    private JmeterSteps() {
    }

    /**
     * Writes {@code steps} steps of {@code increment}, 2·increment, ... threads, {@code seconds} each.
     * Each step completes throughputAt(threads) requests per second; latency is threads over throughput
     * (Little's law), with some spread.
     */
    public static void write(Path file, UslModel model, int steps, int increment, int seconds) throws IOException {
        long start = Instant.parse("2026-11-20T10:00:00Z").toEpochMilli();
        Random random = new Random(3);
        try (JmeterResults results = new JmeterResults(file)) {
            for (int step = 1; step <= steps; step++) {
                int threads = step * increment;
                double rate = model.throughputAt(threads);
                long requests = Math.round(rate * seconds);
                long stepStart = start + (step - 1) * seconds * 1000L;
                double meanMillis = threads / rate * 1000;
                for (long r = 0; r < requests; r++) {
                    long end = stepStart + Math.round((r + 0.5) * seconds * 1000.0 / requests);
                    long elapsed = Math.max(1, Math.round(meanMillis * Math.exp(random.nextGaussian() * 0.2 - 0.02)));
                    results.sample(end, elapsed, "checkout", "Load", threads, true);
                }
            }
        }
    }
}
