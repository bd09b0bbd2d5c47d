package dev.backendaudit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.samplers.SampleSaveConfiguration;
import org.apache.jmeter.save.CSVSaveService;

/**
 * Makes the checkout service's recordings with the tools' own writers, so the example audits genuine
 * files: a production latency log written by HdrHistogram's {@code HistogramLogWriter} (microseconds,
 * an hour of ordinary traffic tagged {@code normal} and the evening sale tagged {@code peak}), and a
 * stepped JMeter load test written by JMeter's {@code CSVSaveService}, whose steps follow a service
 * that peaks near 44 threads. Run {@code main} to write them into a directory.
 */
public final class CheckoutRecordings {

    /** When the production log starts. */
    public static final Instant LOG_START = Instant.parse("2026-11-27T17:00:00Z");
    /** When the load test starts. */
    public static final Instant TEST_START = Instant.parse("2026-11-24T09:00:00Z");

    private CheckoutRecordings() {
    }

    /**
     * Writes {@code prod.hlog} and {@code stepped.jtl} into {@code dir}.
     *
     * @param args the directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "perf"));
        writeProductionLog(dir.resolve("prod.hlog"));
        writeSteppedLoadTest(dir.resolve("stepped.jtl"));
    }

    /**
     * 60 one-minute intervals of ordinary traffic (40 requests/s, p95 near 150 ms), then 20 of the sale
     * (120 requests/s, p95 near 560 ms), latencies in microseconds.
     */
    public static void writeProductionLog(Path file) throws IOException {
        Random random = new Random(42);
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            writer.outputComment("checkout-service: request latency in microseconds, one interval per minute");
            writer.outputLogFormatVersion();
            writer.outputStartTime(LOG_START.toEpochMilli());
            writer.outputLegend();
            for (int minute = 0; minute < 80; minute++) {
                boolean sale = minute >= 60;
                Histogram interval = new Histogram(3_600_000_000L, 3);
                int requests = (sale ? 120 : 40) * 60;
                double median = sale ? 240_000 : 70_000;
                for (int r = 0; r < requests; r++) {
                    interval.recordValue(Math.round(median * Math.exp(0.5 * random.nextGaussian())));
                }
                interval.setStartTimeStamp(LOG_START.toEpochMilli() + minute * 60_000L);
                interval.setEndTimeStamp(LOG_START.toEpochMilli() + (minute + 1) * 60_000L);
                interval.setTag(sale ? "peak" : "normal");
                writer.outputIntervalHistogram(interval);
            }
        }
    }

    /**
     * Ten 30-second steps of 8, 16, .. 80 threads. Each step completes X(N) = λN / (1 + σ(N−1) + κN(N−1))
     * requests per second with σ = 0.03, κ = 0.0005, λ = 50/s, and each request takes N / X(N) on
     * average (Little's law).
     */
    public static void writeSteppedLoadTest(Path file) throws IOException {
        Random random = new Random(7);
        SampleSaveConfiguration config = new SampleSaveConfiguration();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(CSVSaveService.printableFieldNamesToString(config));
            out.write('\n');
            for (int step = 1; step <= 10; step++) {
                int threads = step * 8;
                double rate = 50.0 * threads / (1 + 0.03 * (threads - 1) + 0.0005 * threads * (threads - 1));
                long requests = Math.round(rate * 30);
                long stepStart = TEST_START.toEpochMilli() + (step - 1) * 30_000L;
                for (long r = 0; r < requests; r++) {
                    long end = stepStart + Math.round((r + 0.5) * 30_000.0 / requests);
                    long elapsed = Math.max(1, Math.round(threads / rate * 1000 * Math.exp(0.25 * random.nextGaussian()
                            - 0.03)));
                    SampleResult result = SampleResult.createTestSample(end - elapsed, end);
                    result.setSampleLabel(r % 4 == 0 ? "POST /checkout" : "GET /cart");
                    result.setThreadName("Stepped load 1-" + (1 + r % threads));
                    result.setAllThreads(threads);
                    result.setGroupThreads(threads);
                    boolean ok = threads < 72 || r % 40 != 0;
                    result.setSuccessful(ok);
                    result.setResponseCode(ok ? "200" : "503");
                    result.setResponseMessage(ok ? "OK" : "Service Unavailable");
                    result.setDataType(SampleResult.TEXT);
                    out.write(CSVSaveService.resultToDelimitedString(new SampleEvent(result, "Stepped load"), result,
                            config, ","));
                    out.write('\n');
                }
            }
        }
    }
}
