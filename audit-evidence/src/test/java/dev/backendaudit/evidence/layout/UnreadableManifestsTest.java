package dev.backendaudit.evidence.layout;

import static dev.backendaudit.evidence.layout.RepositoryLayoutTest.AT;
import static dev.backendaudit.evidence.layout.RepositoryLayoutTest.answer;
import static dev.backendaudit.evidence.layout.RepositoryLayoutTest.deployment;
import static dev.backendaudit.evidence.layout.RepositoryLayoutTest.hpa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.checklist.Questions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest that could not be read decides nothing; YAML is read as YAML defines it. */
class UnreadableManifestsTest {

    @TempDir
    Path dir;

    void write(String path, String content) throws IOException {
        RepositoryLayoutTest.write(dir, path, content);
    }

    @Test
    void should_not_let_probes_stand_when_a_manifest_without_them_could_not_be_read() throws Exception {
        // GIVEN a probed, autoscaled api, and a manifest cut short whose worker declares no probe
        write("k8s/api.yaml", deployment("Deployment", "api", 3, "shop/api:1.4", true) + "---\n" + hpa("api", 2));
        write("k8s/worker.yaml", deployment("Deployment", "worker", 2, "shop/worker:1.4", false)
                .replace("  template:", "  template: [unclosed"));
        write(".github/workflows/ci.yml", "on: push\n");
        write("monitoring/alerts.yml", "groups:\n  - name: api\n    rules:\n      - alert: Down\n        expr: up == 0\n");
        // WHEN
        LayoutReport report = RepositoryLayout.scan(dir, AT);
        // THEN the file is named, and what it could change is unknown; what one readable file settles stands
        assertThat(report.facts(FactKind.UNREADABLE_YAML)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("k8s/worker.yaml");
            assertThat(f.detail()).isEqualTo("line 8: expected ',' or ']', but got : (while parsing a flow sequence)");
        });
        assertThat(report.unknowns()).containsExactly(
                "automatic scaling is unknown: the files read say yes, but 1 YAML file could not be read and may say"
                        + " otherwise (k8s/worker.yaml; see 'not read')",
                "a single point of failure is unknown: 1 YAML file could not be read and may say otherwise"
                        + " (k8s/worker.yaml; see 'not read')",
                "health probes is unknown: the files read say yes, but 1 YAML file could not be read and may say"
                        + " otherwise (k8s/worker.yaml; see 'not read')");
        assertThat(report.evidence()).extracting(e -> e.topic().id())
                .containsExactlyInAnyOrder(Questions.CI_CD_PIPELINE.id(), Questions.ALERTING.id());
        assertThat(report.summary()).contains("  not read: k8s/worker.yaml (line 8: expected");
    }

    @Test
    void should_keep_a_missing_probe_that_one_readable_file_shows() throws Exception {
        write("k8s/worker.yaml", deployment("Deployment", "worker", 2, "shop/worker:1.4", false));
        write("k8s/broken.yaml", "kind: [\n");

        LayoutReport report = RepositoryLayout.scan(dir, AT);

        assertThat(answer(report, LayoutQuestions.HEALTH_PROBES).choice()).isEqualTo("no");
    }

    @Test
    void should_skip_the_templates_of_a_helm_chart_even_when_they_parse() throws Exception {
        write("charts/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 1.0.0\n");
        write("charts/shop/templates/api.yaml", deployment("Deployment", "api", 3, "shop/api:1.4", true));

        LayoutReport report = RepositoryLayout.scan(dir, AT);

        assertThat(report.facts(FactKind.UNREADABLE_YAML)).extracting(LayoutFact::file, LayoutFact::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("charts/shop/templates/api.yaml",
                        "a Helm template of the chart in charts/shop/: only helm can render it"));
        assertThat(report.evidence()).isEmpty();
    }

    @Test
    void should_resolve_anchors_aliases_and_merge_keys() throws Exception {
        // GIVEN replicas given by an alias, and a container spec merged from defaults
        write("k8s/db.yaml", "x-replicas: &three 3\nx-defaults: &probed\n  readinessProbe:\n    tcpSocket: {port: 5432}\n"
                + "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  replicas: *three\n"
                + "  template:\n    spec:\n      containers:\n        - <<: *probed\n          name: db\n"
                + "          image: postgres:16\n");
        // WHEN
        LayoutReport report = RepositoryLayout.scan(dir, AT);
        // THEN the alias is 3, not the default 1, and the merged probe counts
        assertThat(answer(report, Questions.SINGLE_POINTS_OF_FAILURE).choice()).isEqualTo("no");
        assertThat(answer(report, Questions.SINGLE_POINTS_OF_FAILURE).note())
                .contains("stateful StatefulSet 'db' runs 3 replicas (k8s/db.yaml)");
        assertThat(answer(report, LayoutQuestions.HEALTH_PROBES).choice()).isEqualTo("yes");
    }

    @Test
    void should_name_the_file_of_a_replica_count_that_is_not_a_whole_number() throws Exception {
        write("k8s/api.yaml", deployment("Deployment", "api", 3, "shop/api:1.4", true).replace("replicas: 3",
                "replicas: three"));
        write("k8s/web.yaml", deployment("Deployment", "web", 3, "shop/web:1.4", true).replace("replicas: 3",
                "replicas: 2.5"));
        write("k8s/hpa.yaml", hpa("api", 2).replace("minReplicas: 2", "minReplicas: \"2\""));

        LayoutReport report = RepositoryLayout.scan(dir, AT);

        assertThat(report.facts(FactKind.UNREADABLE_YAML)).extracting(LayoutFact::file, LayoutFact::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("k8s/api.yaml", "Deployment 'api' has spec.replicas 'three',"
                                + " which is not a whole number of at least 0"),
                        org.assertj.core.groups.Tuple.tuple("k8s/hpa.yaml", "HorizontalPodAutoscaler 'api' has"
                                + " spec.minReplicas '2', which is not a whole number of at least 0"),
                        org.assertj.core.groups.Tuple.tuple("k8s/web.yaml", "Deployment 'web' has spec.replicas 2.5,"
                                + " which is not a whole number of at least 0"));
    }

    @Test
    void should_skip_files_too_large_not_utf8_or_with_duplicate_keys_but_read_unknown_tags() throws Exception {
        write("big.yaml", "a: " + "x".repeat(3 * 1024 * 1024) + "\n");
        Files.createDirectories(dir.resolve("k8s"));
        Files.write(dir.resolve("k8s/latin1.yaml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        write("k8s/twice.yaml", "kind: Deployment\nkind: StatefulSet\n");
        write("mkdocs.yml", "site_name: docs\nemoji: !!python/name:material.extensions.emoji.twemoji\n");

        LayoutReport report = RepositoryLayout.scan(dir, AT);

        assertThat(report.facts(FactKind.UNREADABLE_YAML)).extracting(LayoutFact::file, LayoutFact::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("big.yaml", "larger than 2097152 bytes (3145732), not read"),
                        org.assertj.core.groups.Tuple.tuple("k8s/latin1.yaml", "line 1: byte 0xE9 at offset 9 is not UTF-8"),
                        org.assertj.core.groups.Tuple.tuple("k8s/twice.yaml", "line 2: found duplicate key kind"
                                + " (while constructing a mapping)"));
    }
}
