package dev.backendaudit.evidence.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryLayoutTest {

    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    void write(String path, String content) throws IOException {
        write(dir, path, content);
    }

    static void write(Path dir, String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    static Answer answer(LayoutReport report, Question question) {
        return report.evidence().stream().filter(e -> e.topic().equals(question)).map(Answer.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no answer to " + question.id()));
    }

    static String deployment(String kind, String name, int replicas, String image, boolean probe) {
        return "apiVersion: apps/v1\nkind: " + kind + "\nmetadata:\n  name: " + name + "\nspec:\n  replicas: " + replicas
                + "\n  template:\n    spec:\n      containers:\n        - name: " + name + "\n          image: " + image + "\n"
                + (probe ? "          readinessProbe:\n            httpGet: {path: /health, port: 8080}\n" : "");
    }

    static String hpa(String target, int min) {
        return "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: " + target + "\nspec:\n"
                + "  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: " + target + "}\n"
                + "  minReplicas: " + min + "\n  maxReplicas: 10\n";
    }

    @Test
    void should_answer_the_checklist_questions_from_the_files_present() throws Exception {
        // GIVEN a pipeline, an image, an autoscaled api, a fixed worker without probes, a single database, alerts
        write(".github/workflows/ci.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
        write("Dockerfile", "FROM eclipse-temurin:17\n");
        write("k8s/api.yaml", deployment("Deployment", "api", 3, "shop/api:1.4", true)
                + "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\n");
        write("k8s/api-hpa.yaml", hpa("api", 2));
        write("k8s/worker.yaml", deployment("Deployment", "worker", 2, "shop/worker:1.4", false));
        write("k8s/db.yaml", deployment("StatefulSet", "db", 1, "postgres:16", true));
        write("monitoring/alerts.yml", "groups:\n  - name: api\n    rules:\n      - alert: HighErrorRate\n"
                + "        expr: rate(errors[5m]) > 0.05\n");
        write("target/generated.yaml", hpa("worker", 2));
        // WHEN
        LayoutReport report = RepositoryLayout.scan(dir, AT);
        // THEN
        Answer ci = answer(report, Questions.CI_CD_PIPELINE);
        assertThat(ci.choice()).isEqualTo("yes");
        assertThat(ci.note()).contains("GitHub Actions workflow (.github/workflows/ci.yml)");
        assertThat(ci.provenance().source()).isEqualTo("repository-layout");
        assertThat(ci.provenance().location()).contains(".github/workflows/ci.yml");
        assertThat(ci.provenance().observedAt()).contains(AT);
        Answer scaling = answer(report, Questions.AUTOMATIC_SCALING);
        assertThat(scaling.choice()).isEqualTo("no");
        assertThat(scaling.note()).contains("Deployment 'worker' runs a fixed 2 replicas with no autoscaler (k8s/worker.yaml)");
        Answer spof = answer(report, Questions.SINGLE_POINTS_OF_FAILURE);
        assertThat(spof.choice()).isEqualTo("yes");
        assertThat(spof.note()).contains("stateful StatefulSet 'db' runs 1 replica (k8s/db.yaml)");
        assertThat(answer(report, Questions.ALERTING).note())
                .contains("Prometheus rule file with 1 alerts (monitoring/alerts.yml)");
        Answer probes = answer(report, LayoutQuestions.HEALTH_PROBES);
        assertThat(probes.choice()).isEqualTo("no");
        assertThat(probes.note()).contains("Deployment 'worker' has containers without a health probe: worker (k8s/worker.yaml)");
        assertThat(report.facts(FactKind.CONTAINER_IMAGE)).extracting(LayoutFact::file).containsExactly("Dockerfile");
        assertThat(report.facts(FactKind.AUTOSCALER)).extracting(LayoutFact::file).containsExactly("k8s/api-hpa.yaml");
        assertThat(report.facts(FactKind.UNREADABLE_YAML)).isEmpty();
        assertThat(report.unknowns()).isEmpty();
    }

    @Test
    void should_answer_healthy_when_every_workload_scales_and_state_is_replicated() throws Exception {
        // GIVEN
        write(".gitlab-ci.yml", "stages: [build]\n");
        write("deploy/api.yaml", deployment("Deployment", "api", 2, "shop/api:1", true) + "---\n" + hpa("api", 2));
        write("deploy/cache.yaml", deployment("StatefulSet", "cache", 3, "redis:7", true));
        // WHEN
        LayoutReport report = RepositoryLayout.scan(dir, AT);
        // THEN
        assertThat(answer(report, Questions.CI_CD_PIPELINE).note()).contains("GitLab CI pipeline (.gitlab-ci.yml)");
        assertThat(answer(report, Questions.AUTOMATIC_SCALING).choice()).isEqualTo("yes");
        assertThat(answer(report, Questions.SINGLE_POINTS_OF_FAILURE).choice()).isEqualTo("no");
        assertThat(answer(report, LayoutQuestions.HEALTH_PROBES).choice()).isEqualTo("yes");
        assertThat(report.unknowns()).containsExactly(
                "no alerting rules among the files (alerts configured in a monitoring service cannot be seen)");
    }

    @Test
    void should_leave_questions_unknown_when_no_file_settles_them() throws Exception {
        // GIVEN a directory with only source code
        write("src/Main.java", "class Main {}\n");
        // WHEN
        LayoutReport report = RepositoryLayout.scan(dir, AT);
        // THEN nothing is answered "no" for lack of files
        assertThat(report.evidence()).isEmpty();
        assertThat(report.unknowns()).hasSize(5)
                .contains("no CI pipeline definition among the files (a pipeline configured on a CI server cannot be seen)");
        assertThat(report.summary()).contains("UNKNOWN: no Kubernetes workload or autoscaler among the files");
    }

    @Test
    void should_find_other_ci_systems_and_reject_a_missing_directory() throws Exception {
        // GIVEN
        write("Jenkinsfile", "pipeline {}\n");
        write(".circleci/config.yml", "version: 2.1\n");
        write("azure-pipelines.yml", "trigger: [main]\n");
        write(".ci/run", "#!/bin/sh\nmvn verify\n");
        // WHEN
        LayoutReport report = RepositoryLayout.scan(dir, AT);
        // THEN
        assertThat(report.facts(FactKind.CI_PIPELINE)).extracting(LayoutFact::detail).containsExactly(
                "CI script in .ci/", "CircleCI pipeline", "Jenkins pipeline", "Azure Pipelines definition");
        assertThatThrownBy(() -> RepositoryLayout.scan(dir.resolve("missing"), AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repository layout root must be a directory, but was " + dir.resolve("missing"));
    }
}
