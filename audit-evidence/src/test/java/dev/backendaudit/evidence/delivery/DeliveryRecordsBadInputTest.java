package dev.backendaudit.evidence.delivery;

import static dev.backendaudit.evidence.delivery.DeliveryPerformanceTest.write;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryRecordsBadInputTest {

    static final String HEADER = "time,service,version,status\n";

    @TempDir
    Path dir;

    @Test
    void should_name_file_line_and_rule_for_a_malformed_time() throws Exception {
        // GIVEN
        Path file = write(dir, "deployments.csv", HEADER + "2026-01-05T12:00:00Z,a,v1,success\nyesterday,a,v2,success\n");
        // WHEN / THEN
        assertThatThrownBy(() -> DeliveryRecords.readDeployments(file))
                .isInstanceOf(RecordFormatException.class)
                .hasMessage(file + ":3: time must be an ISO-8601 instant such as 2026-01-05T10:00:00Z, but was 'yesterday'");
    }

    @Test
    void should_name_the_allowed_statuses() throws Exception {
        // GIVEN
        Path file = write(dir, "deployments.csv", HEADER + "2026-01-05T12:00:00Z,a,v1,ok\n");
        // WHEN / THEN
        assertThatThrownBy(() -> DeliveryRecords.readDeployments(file))
                .hasMessage(file + ":2: status must be one of [success, failure, rolled_back], but was 'ok'");
    }

    @Test
    void should_reject_a_header_without_a_required_column() throws Exception {
        // GIVEN
        Path file = write(dir, "deployments.csv", "time,service,status\n2026-01-05T12:00:00Z,a,success\n");
        // WHEN / THEN
        assertThatThrownBy(() -> DeliveryRecords.readDeployments(file))
                .hasMessageStartingWith(file + ":1: the header must name the columns [time, service, version, status],"
                        + " but it lacks 'version'");
    }

    @Test
    void should_reject_rows_out_of_time_order() throws Exception {
        // GIVEN
        Path file = write(dir, "deployments.csv", HEADER
                + "2026-01-05T12:00:00Z,a,v1,success\n2026-01-04T12:00:00Z,a,v2,success\n");
        // WHEN / THEN
        assertThatThrownBy(() -> DeliveryRecords.readDeployments(file))
                .hasMessage(file + ":3: time 2026-01-04T12:00:00Z is before the previous record's 2026-01-05T12:00:00Z ("
                        + file + ":2): records must be in time order");
    }

    @Test
    void should_reject_an_incident_restored_before_it_began() throws Exception {
        // GIVEN
        Path file = write(dir, "incidents.csv", "start,restored,service,caused_by\n"
                + "2026-01-05T12:00:00Z,2026-01-05T11:00:00Z,a,\n");
        // WHEN / THEN
        assertThatThrownBy(() -> DeliveryRecords.readIncidents(file))
                .hasMessage(file + ":2: restored must not be before start 2026-01-05T12:00:00Z, but was 2026-01-05T11:00:00Z");
    }

    @Test
    void should_reject_an_incident_caused_by_a_version_never_deployed() throws Exception {
        // GIVEN
        Path deployments = write(dir, "deployments.csv", HEADER + "2026-01-05T12:00:00Z,a,v1,success\n");
        Path incidents = write(dir, "incidents.csv", "start,restored,service,caused_by\n"
                + "2026-01-06T12:00:00Z,2026-01-06T13:00:00Z,a,v9\n");
        // WHEN / THEN
        assertThatThrownBy(() -> DeliveryPerformance.measure(DeliveryRecords.readDeployments(deployments),
                DeliveryRecords.readIncidents(incidents), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"), Optional.empty(), DoraBands.REPORT_2021))
                .hasMessage(incidents + ":2: caused_by must name a deployed version of a, but 'v9' was never deployed");
    }

    @Test
    void should_name_the_line_of_malformed_json() throws Exception {
        // GIVEN
        Path file = write(dir, "deployments.json", "[\n {\"time\": \"2026-01-05T12:00:00Z\",\n  \"service\": }\n]\n");
        // WHEN / THEN
        assertThatThrownBy(() -> DeliveryRecords.readDeployments(file))
                .isInstanceOf(RecordFormatException.class)
                .hasMessageStartingWith(file + ":3: not well-formed");
    }

    @Test
    void should_reject_a_json_record_without_a_required_field() throws Exception {
        // GIVEN
        Path file = write(dir, "deployments.json", "[\n {\"time\": \"2026-01-05T12:00:00Z\", \"service\": \"a\","
                + " \"status\": \"success\"}\n]\n");
        // WHEN / THEN
        assertThatThrownBy(() -> DeliveryRecords.readDeployments(file))
                .hasMessage(file + ":2: the record must have the fields [time, service, version, status], but it"
                        + " lacks 'version'");
    }

    @Test
    void should_reject_a_duplicate_field_in_a_json_record() throws Exception {
        Path file = write(dir, "deployments.json", "[\n {\"time\": \"2026-01-05T12:00:00Z\", \"service\": \"a\",\n"
                + "  \"service\": \"b\", \"version\": \"v1\", \"status\": \"success\"}\n]\n");

        assertThatThrownBy(() -> DeliveryRecords.readDeployments(file))
                .hasMessage(file + ":3: not well-formed: duplicate field 'service': each field may appear only once");
    }

    @Test
    void should_reject_a_number_where_text_belongs() throws Exception {
        Path file = write(dir, "deployments.json", "[\n {\"time\": \"2026-01-05T12:00:00Z\", \"service\": \"a\","
                + " \"version\": 1.4, \"status\": \"success\"}\n]\n");

        assertThatThrownBy(() -> DeliveryRecords.readDeployments(file))
                .hasMessage(file + ":2: version must be text, but was the number 1.4");
    }

    @Test
    void should_reject_a_csv_header_that_names_a_column_twice() throws Exception {
        Path file = write(dir, "deployments.csv", "time,service,version,status,service\n"
                + "2026-01-05T12:00:00Z,a,v1,success,b\n");

        assertThatThrownBy(() -> DeliveryRecords.readDeployments(file))
                .hasMessage(file + ":1: the header names column 'service' twice; each column may appear only once");
    }

    @Test
    void should_name_the_line_and_offset_of_bytes_that_are_not_utf8() throws Exception {
        Path file = dir.resolve("deployments.csv");
        java.nio.file.Files.write(file, (HEADER + "2026-01-05T12:00:00Z,caf\u00e9,v1,success\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> DeliveryRecords.readDeployments(file))
                .hasMessage(file + ":2: byte 0xE9 at offset 52 is not UTF-8");
    }

    @Test
    void should_reject_an_unknown_format_and_a_missing_file() throws Exception {
        // GIVEN
        Path yaml = write(dir, "deployments.yaml", "- time: x\n");
        // WHEN / THEN
        assertThatThrownBy(() -> DeliveryRecords.readDeployments(yaml))
                .hasMessage(yaml + ": the file name must end in .csv or .json, but was deployments.yaml");
        assertThatThrownBy(() -> DeliveryRecords.readIncidents(dir.resolve("none.csv")))
                .hasMessageContaining("none.csv: the file must exist");
        assertThatThrownBy(() -> DeliveryPerformance.measure(List.of(), List.of(), Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"), Optional.empty(), DoraBands.REPORT_2021))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
