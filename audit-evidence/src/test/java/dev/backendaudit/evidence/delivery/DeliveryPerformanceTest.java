package dev.backendaudit.evidence.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryPerformanceTest {

    static final Instant SINCE = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-02-02T00:00:00Z");

    @TempDir
    Path dir;

    static Instant at(String time) {
        return Instant.parse(time);
    }

    static double value(DoraReport report, Metric metric) {
        return report.evidence().stream().filter(e -> e.topic().equals(metric)).map(e -> ((Measurement) e).baseValue())
                .findFirst().orElseThrow();
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** Three commits; v1 ships the first, v2 the next two. */
    private void repository(Path repo) throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            String[] times = {"2026-01-05T08:00:00Z", "2026-01-06T10:00:00Z", "2026-01-07T10:00:00Z"};
            RevCommit last = null;
            for (int i = 0; i < times.length; i++) {
                Files.writeString(repo.resolve("f.txt"), "v" + i + "\n");
                git.add().addFilepattern("f.txt").call();
                PersonIdent ident = new PersonIdent("A", "a@example.com", at(times[i]), ZoneOffset.UTC);
                last = git.commit().setMessage("c" + i).setAuthor(ident).setCommitter(ident).setSign(false).call();
                if (i == 0) {
                    git.tag().setName("v1").setObjectId(last).setAnnotated(false).call();
                }
            }
            git.tag().setName("v2").setObjectId(last).setAnnotated(false).call();
        }
    }

    @Test
    void should_measure_and_rate_the_four_dora_measures_from_csv_records() throws Exception {
        // GIVEN 4 deployments in 4 weeks (one rolled back, one that caused an incident), 2 incidents
        Path repo = Files.createDirectory(dir.resolve("repo"));
        repository(repo);
        Path deployments = write(dir, "deployments.csv", String.join("\n",
                "time,service,version,status",
                "2026-01-05T12:00:00Z,checkout,v1,success",
                "2026-01-08T10:00:00Z,checkout,v2,success",
                "2026-01-15T10:00:00Z,checkout,v2,rolled_back",
                "2026-01-20T10:00:00Z,checkout,v2,success", ""));
        Path incidents = write(dir, "incidents.csv", String.join("\n",
                "start,restored,service,caused_by",
                "2026-01-08T11:00:00Z,2026-01-08T13:00:00Z,checkout,v2",
                "2026-01-25T10:00:00Z,2026-01-25T10:30:00Z,checkout,", ""));
        // WHEN
        DoraReport report;
        try (DeployedChanges changes = DeployedChanges.fromGit(repo)) {
            report = DeliveryPerformance.measure(DeliveryRecords.readDeployments(deployments),
                    DeliveryRecords.readIncidents(incidents), SINCE, UNTIL, Optional.of(changes), DoraBands.REPORT_2021);
        }
        // THEN
        assertThat(report.deployments()).isEqualTo(4);
        assertThat(value(report, Metrics.DEPLOYMENT_FREQUENCY)).isCloseTo(4.0 / 28, within(1e-9));
        assertThat(report.ratings().get(Metrics.DEPLOYMENT_FREQUENCY)).isEqualTo(DoraRating.HIGH);
        // v2 caused an incident, so its deployments all count as change failures: 3 of 4
        assertThat(report.changeFailures()).isEqualTo(3);
        assertThat(value(report, Metrics.CHANGE_FAILURE_RATE)).isCloseTo(0.75, within(1e-9));
        assertThat(report.ratings().get(Metrics.CHANGE_FAILURE_RATE)).isEqualTo(DoraRating.LOW);
        // v1 ships c0 after 4 h; v2 ships c1 after 2 d and c2 after 1 d: the median is 1 day
        assertThat(report.medianLeadTime()).contains(Duration.ofDays(1));
        assertThat(report.ratings().get(Metrics.LEAD_TIME)).isEqualTo(DoraRating.HIGH);
        // restores of 2 h and 30 min: the (lower) median is 30 min
        assertThat(report.medianTimeToRestore()).contains(Duration.ofMinutes(30));
        assertThat(report.ratings().get(Metrics.TIME_TO_RESTORE)).isEqualTo(DoraRating.ELITE);
        assertThat(report.bandsVersion()).isEqualTo("DORA 2021");
        Evidence frequency = report.evidence().get(0);
        assertThat(frequency.provenance().source()).isEqualTo("delivery-records");
        assertThat(frequency.provenance().location().orElseThrow())
                .contains(deployments.toString()).contains(incidents.toString()).endsWith("DORA 2021 band: high");
        assertThat(report.unknowns()).isEmpty();
    }

    @Test
    void should_read_the_same_records_from_json() throws Exception {
        // GIVEN
        Path deployments = write(dir, "deployments.json", """
                [
                  {"time": "2026-01-05T12:00:00Z", "service": "checkout", "version": "v1", "status": "success"},
                  {"time": "2026-01-15T10:00:00Z", "service": "checkout", "version": "v2", "status": "FAILURE"}
                ]
                """);
        Path incidents = write(dir, "incidents.json", """
                [
                  {"start": "2026-01-08T11:00:00Z", "restored": "2026-01-08T13:00:00Z", "service": "checkout",
                   "caused_by": "v1"},
                  {"start": "2026-01-20T11:00:00Z", "restored": null, "service": "checkout", "caused_by": null}
                ]
                """);
        // WHEN
        List<Deployment> read = DeliveryRecords.readDeployments(deployments);
        List<Incident> readIncidents = DeliveryRecords.readIncidents(incidents);
        DoraReport report = DeliveryPerformance.measure(read, readIncidents, SINCE, UNTIL, Optional.empty(),
                DoraBands.REPORT_2021);
        // THEN
        assertThat(read).extracting(Deployment::status).containsExactly(DeploymentStatus.SUCCESS, DeploymentStatus.FAILURE);
        assertThat(read.get(1).location()).isEqualTo(deployments + ":3");
        assertThat(readIncidents.get(1).restored()).isEmpty();
        assertThat(readIncidents.get(1).location()).isEqualTo(incidents + ":4");
        assertThat(value(report, Metrics.CHANGE_FAILURE_RATE)).isEqualTo(1.0);
        assertThat(report.medianTimeToRestore()).contains(Duration.ofHours(2));
        assertThat(report.medianLeadTime()).isEmpty();
        assertThat(report.unknowns()).contains(
                "lead time for changes needs commit times from a git repository: it is unknown",
                "1 incidents that began in the window are not restored yet: time to restore counts only the 1 restored ones");
    }

    @Test
    void should_mark_measures_unknown_when_no_deployment_falls_in_the_window() throws Exception {
        // GIVEN a deployment long before the window
        Path deployments = write(dir, "deployments.csv", "time,service,version,status\n2020-01-01T00:00:00Z,a,v1,success\n");
        // WHEN
        DoraReport report = DeliveryPerformance.measure(DeliveryRecords.readDeployments(deployments), List.of(),
                SINCE, UNTIL, Optional.empty(), DoraBands.REPORT_2021);
        // THEN no zero frequency, no zero failure rate: unknown, with the reason
        assertThat(report.evidence()).isEmpty();
        assertThat(report.deploysPerDay()).isEmpty();
        assertThat(report.unknowns().get(0)).isEqualTo("no deployment in the window " + SINCE + " .. " + UNTIL
                + " (1 records in all): deployment frequency and change failure rate are unknown");
        assertThat(report.summary()).contains("UNKNOWN: no deployment in the window");
    }
}
