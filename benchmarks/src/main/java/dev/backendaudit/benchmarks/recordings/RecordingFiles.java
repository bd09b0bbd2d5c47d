package dev.backendaudit.benchmarks.recordings;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * The files the recording benchmarks read, written with the tools' formats: an HdrHistogram log by
 * HdrHistogram's own writer, a JTL in JMeter's default CSV layout, a plain sample file.
 */
final class RecordingFiles {

    static final long START = 1_763_629_200_000L;

    private RecordingFiles() {
    }

    /** {@code intervals} one-second intervals of {@code perInterval} microsecond latencies, tagged normal and peak. */
    static Path hlog(Path dir, int intervals, int perInterval) throws IOException {
        Path file = dir.resolve("bench-" + intervals + ".hlog");
        Random random = new Random(1);
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            writer.outputLogFormatVersion();
            writer.outputStartTime(START);
            writer.outputLegend();
            for (int i = 0; i < intervals; i++) {
                Histogram h = new Histogram(3_600_000_000L, 3);
                for (int r = 0; r < perInterval; r++) {
                    h.recordValue(Math.round(20_000 * Math.exp(0.6 * random.nextGaussian())));
                }
                h.setStartTimeStamp(START + i * 1000L);
                h.setEndTimeStamp(START + (i + 1) * 1000L);
                h.setTag(i % 10 == 9 ? "peak" : "normal");
                writer.outputIntervalHistogram(h);
            }
        }
        return file;
    }

    /** {@code rows} samples as JMeter writes them with its default save configuration. */
    static Path jtl(Path dir, int rows) throws IOException {
        Path file = dir.resolve("bench-" + rows + ".jtl");
        Random random = new Random(2);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,"
                    + "bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect\n");
            for (int r = 0; r < rows; r++) {
                int threads = 10 + (r * 100 / rows) * 10;
                long elapsed = Math.round(30 * Math.exp(0.5 * random.nextGaussian()));
                out.write((START + r * 5L) + "," + elapsed + "," + (r % 3 == 0 ? "POST /checkout" : "GET /cart")
                        + ",200,OK,Stepped load 1-" + (1 + r % threads) + ",text,true,,1532,118," + threads + ","
                        + threads + ",http://shop.example/cart," + (elapsed - 1) + ",0,3\n");
            }
        }
        return file;
    }

    /** {@code rows} latencies in microseconds, one per line. */
    static Path samples(Path dir, int rows) throws IOException {
        Path file = dir.resolve("bench-" + rows + ".txt");
        Random random = new Random(3);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int r = 0; r < rows; r++) {
                out.write(Long.toString(Math.round(20_000 * Math.exp(0.6 * random.nextGaussian()))));
                out.write('\n');
            }
        }
        return file;
    }
}
