package dev.backendaudit.evidence.delivery;

import static dev.backendaudit.evidence.delivery.DeliveryPerformanceTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Metrics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records of other services never count against the audited one. */
class ServiceRecordsTest {

    static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-02-01T00:00:00Z");

    @TempDir
    Path dir;

    Path shared;
    List<Deployment> deployments;
    List<Incident> incidents;

    @BeforeEach
    void sharedFiles() throws Exception {
        // GIVEN one deployments file of two teams: checkout deploys well, billing fails three times in four
        shared = write(dir, "deployments.csv", String.join("\n", "time,service,version,status",
                "2026-01-05T10:00:00Z,checkout,v1,success",
                "2026-01-06T10:00:00Z,billing,b1,failure",
                "2026-01-07T10:00:00Z,billing,b2,rolled_back",
                "2026-01-08T10:00:00Z,checkout,v2,success",
                "2026-01-09T10:00:00Z,billing,b3,failure",
                "2026-01-10T10:00:00Z,billing,b4,success", ""));
        Path incidentFile = write(dir, "incidents.csv", String.join("\n", "start,restored,service,caused_by",
                "2026-01-06T11:00:00Z,2026-01-06T15:00:00Z,billing,b1",
                "2026-01-09T11:00:00Z,2026-01-09T11:30:00Z,checkout,", ""));
        deployments = DeliveryRecords.readDeployments(shared);
        incidents = DeliveryRecords.readIncidents(incidentFile);
    }

    @Test
    void should_count_only_the_audited_services_records() {
        // WHEN
        ServiceRecords records = ServiceRecords.forSubject("checkout", deployments, incidents);
        DoraReport report = DeliveryPerformance.measure(records, SINCE, UNTIL, Optional.empty(), DoraBands.REPORT_2021);
        // THEN checkout's change failure rate is its own 0 %, not billing's 75 %
        assertThat(report.changeFailureRate()).contains(0.0);
        assertThat(report.deployments()).isEqualTo(2);
        assertThat(report.service()).isEqualTo("checkout");
        assertThat(report.notes()).containsExactly(
                "4 deployment and 1 incident records of other services (billing) are not counted");
        assertThat(records.summary()).isEqualTo("service 'checkout': 2 of 6 deployment records, 1 of 2 incident"
                + " records (5 of other services not counted: billing)");
        assertThat(report.summary()).startsWith("delivery records of service 'checkout', 2026-01-01T00:00:00Z .."
                + " 2026-02-01T00:00:00Z, rated against DORA 2021\n"
                + "  note: 4 deployment and 1 incident records of other services (billing) are not counted\n");
        assertThat(report.evidence()).filteredOn(e -> e.topic().equals(Metrics.CHANGE_FAILURE_RATE)).singleElement()
                .satisfies(e -> assertThat(e.provenance().location().orElseThrow()).contains("service checkout"));
    }

    @Test
    void should_match_the_last_segment_of_a_subject_that_is_a_path_ignoring_case() {
        assertThat(ServiceRecords.forSubject("github.com/shop/Checkout", deployments, incidents).service())
                .isEqualTo("checkout");
        assertThat(ServiceRecords.forSubject("checkout@1a2b3c4d5e6f", deployments, incidents).deployments())
                .hasSize(2);
    }

    @Test
    void should_fail_when_several_services_are_recorded_and_none_is_the_subject() {
        assertThatThrownBy(() -> ServiceRecords.forSubject("github.com/shop/chekout", deployments, incidents))
                .isInstanceOf(RecordFormatException.class)
                .hasMessage(shared + ": the records are of the services [billing, checkout], and none is the audited"
                        + " subject 'github.com/shop/chekout' or 'chekout': name the service to audit (did you mean"
                        + " 'checkout'?)");
    }

    @Test
    void should_take_the_only_service_recorded_and_say_so() {
        List<Deployment> billing = deployments.stream().filter(d -> d.service().equals("billing")).toList();

        ServiceRecords records = ServiceRecords.forSubject("invoicing", billing, List.of());

        assertThat(records.service()).isEqualTo("billing");
        assertThat(records.note()).contains("every record is of service 'billing', which is not the audited subject"
                + " 'invoicing': taken as its service (name the service to audit to make this explicit)");
    }

    @Test
    void should_fail_on_a_named_service_that_has_no_records_with_the_nearest() {
        assertThatThrownBy(() -> ServiceRecords.of("biling", deployments, incidents))
                .isInstanceOf(RecordFormatException.class)
                .hasMessage(shared + ": no deployment record is of service 'biling'; did you mean 'billing'? Known:"
                        + " [billing, checkout]");
        assertThat(ServiceRecords.of("billing", deployments, incidents).deployments()).hasSize(4);
    }

    @Test
    void should_refuse_to_measure_records_of_several_services_together() {
        assertThatThrownBy(() -> DeliveryPerformance.measure(deployments, incidents, SINCE, UNTIL, Optional.empty(),
                DoraBands.REPORT_2021))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delivery records must be of one service, but are of [billing, checkout]: pick the"
                        + " audited service's with ServiceRecords.of or ServiceRecords.forSubject");
    }
}
