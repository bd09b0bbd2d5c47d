package dev.backendaudit.benchmarks.recordings;

import dev.backendaudit.evidence.latency.LatencyRecordings;
import dev.backendaudit.evidence.latency.LatencyReport;
import dev.backendaudit.evidence.latency.LatencyWindow;
import dev.backendaudit.evidence.latency.Load;
import dev.backendaudit.evidence.latency.Recording;
import dev.backendaudit.evidence.latency.RecordingFormat;
import dev.backendaudit.evidence.latency.Windows;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading recordings against the fastest way to read the same file:
 * <ul>
 *   <li>an HdrHistogram log of 3,600 intervals of 1,000 values, by {@code LatencyRecordings} (windows by
 *       tag, one pass) against HdrHistogram's own {@code HistogramLogReader} loop adding every interval
 *       of each tag into a histogram (the percentiles of both are checked equal in setup);</li>
 *   <li>a JTL of 1,000,000 rows in JMeter's default layout (windows by thread count, two passes; and one
 *       declared window, one pass), and a plain file of 1,000,000 samples, against reading the same
 *       file's lines with no parsing.</li>
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'recordings.RecordingBenchmarks' -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordingBenchmarks {

    private Path dir;
    private Path hlog;
    private Path jtl;
    private Path samples;

    /** Writes the files, and checks that the collector and HdrHistogram's loop agree on every percentile. */
    @Setup(Level.Trial)
    public void write() throws IOException {
        dir = Files.createTempDirectory("recording-bench");
        hlog = RecordingFiles.hlog(dir, 3600, 1000);
        jtl = RecordingFiles.jtl(dir, 1_000_000);
        samples = RecordingFiles.samples(dir, 1_000_000);
        LatencyReport report = collectorHlog();
        for (Load load : Load.values()) {
            Histogram oracle = hdrHistogramLoop()[load == Load.NORMAL ? 0 : 1];
            LatencyWindow window = report.window(load).orElseThrow();
            for (double p : new double[] {50, 95, 99, 99.9}) {
                Duration expected = Duration.ofNanos(oracle.getValueAtPercentile(p) * 1000);
                if (!window.percentile(p).orElseThrow().equals(expected)) {
                    throw new IllegalStateException("p" + p + " " + load.word() + ": collector "
                            + window.percentile(p) + " but HdrHistogram " + expected);
                }
            }
        }
    }

    /** Removes the files. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        for (Path file : new Path[] {hlog, jtl, samples}) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(dir);
    }

    /** Baseline: HdrHistogram's own reader loop, each tag's intervals added up, then each tag's percentiles. */
    @Benchmark
    public double hlogHdrHistogramLoop() throws IOException {
        double sum = 0;
        for (Histogram h : hdrHistogramLoop()) {
            for (double p : new double[] {50, 95, 99, 99.9}) {
                sum += h.getValueAtPercentile(p);
            }
            sum += h.getMaxValue();
        }
        return sum;
    }

    /** One read of the log: the intervals tagged normal added into one histogram, those tagged peak into another. */
    private Histogram[] hdrHistogramLoop() throws IOException {
        Histogram normal = new Histogram(3);
        Histogram peak = new Histogram(3);
        try (HistogramLogReader reader = new HistogramLogReader(hlog.toFile())) {
            for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
                ("peak".equals(h.getTag()) ? peak : normal).add((Histogram) h);
            }
        }
        return new Histogram[] {normal, peak};
    }

    /** The collector: windows by tag, percentiles, evidence. */
    @Benchmark
    public LatencyReport hlogCollector() throws IOException {
        return collectorHlog();
    }

    private LatencyReport collectorHlog() throws IOException {
        return LatencyRecordings.read(Recording.of(hlog).unit(TimeUnit.MICROSECONDS)
                .windows(Windows.byTag("normal", "peak")));
    }

    /** Baseline: the JTL's lines, read and not parsed. */
    @Benchmark
    public long jtlLines() throws IOException {
        return lines(jtl);
    }

    /** The collector on the JTL, windows by thread count (two passes). */
    @Benchmark
    public LatencyReport jtlCollectorByLoad() throws IOException {
        return LatencyRecordings.read(Recording.of(jtl));
    }

    /** The collector on the JTL, the whole file as one window (one pass). */
    @Benchmark
    public LatencyReport jtlCollectorWhole() throws IOException {
        return LatencyRecordings.read(Recording.of(jtl).load(Load.PEAK));
    }

    /** Baseline: the sample file's lines, read and not parsed. */
    @Benchmark
    public long samplesLines() throws IOException {
        return lines(samples);
    }

    /** The collector on the sample file. */
    @Benchmark
    public LatencyReport samplesCollector() throws IOException {
        return LatencyRecordings.read(Recording.of(samples).format(RecordingFormat.SAMPLES)
                .unit(TimeUnit.MICROSECONDS).load(Load.NORMAL));
    }

    private static long lines(Path file) throws IOException {
        long chars = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                chars += line.length();
            }
        }
        return chars;
    }
}
