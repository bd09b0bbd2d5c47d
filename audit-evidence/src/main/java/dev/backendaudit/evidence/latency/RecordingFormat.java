package dev.backendaudit.evidence.latency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The recording formats {@link LatencyRecordings} reads, and how a file's format is recognised:
 * by its name, then by its first few kilobytes.
 *
 * <pre>{@code
 * RecordingFormat.detect(Path.of("perf/run.jtl"));   // Optional[JTL]
 * }</pre>
 */
public enum RecordingFormat {
    /** HdrHistogram interval log ({@code .hlog}), as jHiccup, YCSB, cassandra-stress and HdrHistogram's own writer make. */
    HLOG("hdr-histogram-log", "HdrHistogram interval log"),
    /** HdrHistogram percentile distribution ({@code .hgrm}), alone or inside wrk2's {@code --latency} output. */
    HGRM("hdr-percentiles", "HdrHistogram percentile distribution"),
    /** Apache JMeter result file as CSV with its header ({@code .jtl}). */
    JTL("jmeter-jtl", "JMeter result file (CSV)"),
    /** k6 {@code --out json} output: one JSON object per line. */
    K6_JSON("k6-json", "k6 JSON output"),
    /** JMH results written with {@code -rf json}. */
    JMH_JSON("jmh-json", "JMH JSON results"),
    /** A plain sample file: one number per line, or CSV with a header and a declared column. */
    SAMPLES("latency-samples", "latency samples");

    private static final int SNIFF_BYTES = 4096;

    private final String source;
    private final String title;

    RecordingFormat(String source, String title) {
        this.source = source;
        this.title = title;
    }

    /**
     * The collector name written into the provenance of evidence read from this format.
     *
     * @return e.g. {@code "jmeter-jtl"}
     */
    public String source() {
        return source;
    }

    /**
     * The format's name for people.
     *
     * @return e.g. {@code "JMeter result file (CSV)"}
     */
    public String title() {
        return title;
    }

    /**
     * Recognises a recording: {@code .hlog}, {@code .hgrm} and {@code .jtl} by name; JSON by content
     * (an array of objects with {@code "jmhVersion"} is JMH; objects with {@code "type":"Metric"} or
     * {@code "Point"} are k6); text with HdrHistogram's "Value Percentile TotalCount" header is a
     * percentile distribution (wrk2's output included); a CSV whose header names {@code timeStamp}
     * and {@code elapsed} is a JTL. Anything else is empty: give the format explicitly.
     *
     * @param file the file
     * @return its format, if recognised
     * @throws IOException if the file cannot be read
     */
    public static Optional<RecordingFormat> detect(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".hlog")) {
            return Optional.of(HLOG);
        }
        if (name.endsWith(".hgrm")) {
            return Optional.of(HGRM);
        }
        if (name.endsWith(".jtl")) {
            return Optional.of(JTL);
        }
        String head = head(file);
        String start = head.stripLeading();
        if (start.startsWith("[") && head.contains("\"jmhVersion\"")) {
            return Optional.of(JMH_JSON);
        }
        if (start.startsWith("{") && (head.contains("\"type\":\"Metric\"") || head.contains("\"type\":\"Point\""))) {
            return Optional.of(K6_JSON);
        }
        if (head.matches("(?s).*Value\\s+Percentile\\s+TotalCount.*")) {
            return Optional.of(HGRM);
        }
        String firstLine = start.lines().findFirst().orElse("");
        if (firstLine.contains("timeStamp") && firstLine.contains("elapsed")) {
            return Optional.of(JTL);
        }
        return Optional.empty();
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(SNIFF_BYTES);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
