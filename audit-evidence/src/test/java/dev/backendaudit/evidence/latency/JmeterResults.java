package dev.backendaudit.evidence.latency;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.samplers.SampleSaveConfiguration;
import org.apache.jmeter.save.CSVSaveService;

/**
 * Writes JTL files with JMeter's own CSV writer ({@code CSVSaveService}, the code a JMeter result
 * collector uses), in JMeter's default configuration, so that tests read what JMeter writes.
 */
final class JmeterResults implements AutoCloseable {

    private final SampleSaveConfiguration config = new SampleSaveConfiguration();
    private final Writer out;

    JmeterResults(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(CSVSaveService.printableFieldNamesToString(config));
        out.write('\n');
    }

    /** One sample that ended at {@code endMillis} after {@code elapsedMillis}. */
    JmeterResults sample(long endMillis, long elapsedMillis, String label, String threadGroup, int threads,
                         boolean success) throws IOException {
        SampleResult result = SampleResult.createTestSample(endMillis - elapsedMillis, endMillis);
        result.setSampleLabel(label);
        result.setThreadName(threadGroup + " 1-1");
        result.setAllThreads(threads);
        result.setGroupThreads(threads);
        result.setSuccessful(success);
        result.setResponseCode(success ? "200" : "503");
        result.setResponseMessage(success ? "OK" : "Service Unavailable");
        result.setDataType(SampleResult.TEXT);
        out.write(CSVSaveService.resultToDelimitedString(new SampleEvent(result, threadGroup), result, config, ","));
        out.write('\n');
        return this;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
