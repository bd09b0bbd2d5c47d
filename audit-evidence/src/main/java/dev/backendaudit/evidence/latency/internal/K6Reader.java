package dev.backendaudit.evidence.latency.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.backendaudit.evidence.latency.RecordingFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads k6's {@code --out json} output with Jackson's streaming parser: one JSON object per line,
 * {@code "Metric"} declarations and {@code "Point"} samples. Latencies are the points of one time
 * metric ({@code http_req_duration} by default, in milliseconds as k6 records time metrics);
 * {@code http_req_failed} points are outcomes; {@code vus} points set the load level of what follows.
 */
public final class K6Reader implements RecordingReader {

    /** The latency metric read unless another is named. */
    public static final String DEFAULT_METRIC = "http_req_duration";

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final String name;
    private final String metric;
    private final boolean names;

    /**
     * @param file   the output file
     * @param metric the time metric holding the latencies
     * @param names  whether scenario and name tags are needed (windows by tag or label)
     */
    public K6Reader(Path file, String metric, boolean names) {
        this.file = file;
        this.name = file.toString();
        this.metric = metric;
        this.names = names;
    }

    @Override
    public double nanosPerValue() {
        return 1;
    }

    @Override
    public boolean recordsTime() {
        return true;
    }

    @Override
    public void read(Sink sink) throws IOException {
        read(sink, null);
    }

    /**
     * Streams the points; {@code requests}, when not null, is told each {@code http_reqs} point
     * (for load-test steps), with the load level of the moment.
     */
    public void read(Sink sink, JtlReader.StepSink requests) throws IOException {
        Observation o = new Observation();
        boolean declared = false;
        double vus = Double.NaN;
        long objectLine = 0;
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            Point point = new Point();
            while (parser.nextToken() != null) {
                long line = parser.currentTokenLocation().getLineNr();
                objectLine = line;
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new RecordingFormatException(name + ":" + line + ": k6 JSON output holds one object per line,"
                            + " but found " + parser.currentToken());
                }
                point.read(parser, line);
                if ("Metric".equals(point.type)) {
                    if (metric.equals(point.metric)) {
                        if (!"time".equals(point.contains)) {
                            throw new RecordingFormatException(name + ":" + line + ": the k6 metric '" + metric
                                    + "' must hold times (\"contains\":\"time\", milliseconds) to be read as latency,"
                                    + " but holds '" + point.contains + "'");
                        }
                        declared = true;
                    }
                    continue;
                }
                if (!"Point".equals(point.type)) {
                    continue;
                }
                boolean latency = metric.equals(point.metric);
                boolean failed = "http_req_failed".equals(point.metric);
                boolean isVus = "vus".equals(point.metric);
                boolean request = requests != null && "http_reqs".equals(point.metric);
                if (!latency && !failed && !isVus && !request) {
                    continue;
                }
                if (!Double.isFinite(point.value) || point.value < 0) {
                    throw new RecordingFormatException(name + ":" + line + ": the value of a '" + point.metric
                            + "' point must be a finite number >= 0, but was " + point.value);
                }
                if (isVus) {
                    vus = point.value;
                    continue;
                }
                o.clear();
                o.line = line;
                o.time = epochMillis(point.time, line);
                o.endTime = o.time;
                o.load = vus;
                if (names) {
                    o.tag = point.scenario;
                    o.label = point.requestName;
                }
                if (latency) {
                    if (!declared) {
                        throw new RecordingFormatException(name + ":" + line + ": a '" + metric + "' point comes before"
                                + " the metric's declaration (a \"Metric\" line saying it holds times); the file is"
                                + " not k6's JSON output, or it was cut");
                    }
                    sink.sample(o, Math.round(point.value * 1_000_000), 1);
                } else if (failed) {
                    o.outcomeKnown = true;
                    o.failed = point.value != 0;
                    sink.outcome(o);
                } else {
                    requests.row(o);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            long start = objectLine > 0 ? objectLine : line;
            throw new RecordingFormatException(name + ":" + start + ": k6 JSON output must hold one JSON object per"
                    + " line, but this line is not JSON (" + e.getOriginalMessage() + (line != start ? ", found on line "
                    + line : "") + "; the file may be truncated)", e);
        }
        if (!declared) {
            throw new RecordingFormatException(name + ": k6 JSON output must declare the metric '" + metric
                    + "' (a \"Metric\" line), but it does not; is the latency metric named right?");
        }
    }

    private long epochMillis(String time, long line) {
        if (time == null) {
            throw new RecordingFormatException(name + ":" + line + ": a k6 point must have data.time, but this one has"
                    + " none");
        }
        try {
            return OffsetDateTime.parse(time).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new RecordingFormatException(name + ":" + line + ": data.time must be an RFC 3339 time such as"
                    + " 2026-11-20T10:00:00.123Z, but was '" + time + "'", e);
        }
    }

    /** The fields of one k6 line that matter here, reused from line to line. */
    private static final class Point {
        String type;
        String metric;
        String contains;
        String time;
        double value;
        String scenario;
        String requestName;

        void read(JsonParser parser, long line) throws IOException {
            type = null;
            metric = null;
            contains = null;
            time = null;
            value = Double.NaN;
            scenario = null;
            requestName = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("type".equals(field)) {
                    type = parser.getValueAsString();
                } else if ("metric".equals(field)) {
                    metric = parser.getValueAsString();
                } else if ("data".equals(field) && token == JsonToken.START_OBJECT) {
                    data(parser);
                } else {
                    parser.skipChildren();
                }
            }
        }

        private void data(JsonParser parser) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("time".equals(field)) {
                    time = parser.getValueAsString();
                } else if ("value".equals(field)) {
                    value = token.isNumeric() ? parser.getDoubleValue() : Double.NaN;
                } else if ("contains".equals(field)) {
                    contains = parser.getValueAsString();
                } else if ("tags".equals(field) && token == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String tag = parser.currentName();
                        parser.nextToken();
                        if ("scenario".equals(tag)) {
                            scenario = parser.getValueAsString();
                        } else if ("name".equals(tag)) {
                            requestName = parser.getValueAsString();
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
    }
}
