package dev.backendaudit.evidence.layout;

import dev.backendaudit.checklist.Questions;
import dev.backendaudit.evidence.layout.internal.Autoscaler;
import dev.backendaudit.evidence.layout.internal.ManifestReader;
import dev.backendaudit.evidence.layout.internal.Workload;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads facts from the files present in a repository: a CI pipeline, container and deployment
 * manifests, automatic scaling against fixed replicas, single replicas of stateful components,
 * alerting rules and health probes. YAML is parsed with Jackson; every answer names the file it
 * rests on.
 *
 * <pre>{@code
 * LayoutReport report = RepositoryLayout.scan(Path.of("."), Instant.now());
 * audit.evidence(report.evidence());
 * }</pre>
 *
 * <p>Only what files show is answered. A question the files cannot settle (no CI file: the
 * pipeline may live on a server; no manifests: scaling may be configured elsewhere) stays
 * unknown, with the reason in {@link LayoutReport#unknowns()}, rather than answered "no".
 */
public final class RepositoryLayout {

    /** The collector's name in provenance. */
    public static final String SOURCE = "repository-layout";

    private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "target", "build", "dist", ".gradle",
            ".idea", "vendor", ".venv", "__pycache__");
    private static final long MAX_YAML_BYTES = 2L * 1024 * 1024;
    private static final Pattern STATEFUL_IMAGE = Pattern.compile("(^|/)(postgres|postgresql|mysql|mariadb|mongo|mongodb"
            + "|redis|kafka|zookeeper|rabbitmq|elasticsearch|opensearch|cassandra|etcd|minio|memcached)([:@].*)?$");

    private RepositoryLayout() {
    }

    /**
     * Scans {@code root} and its subdirectories (skipping .git, build output and dependencies).
     *
     * @param at the time recorded in the evidence's provenance
     * @throws IllegalArgumentException if {@code root} is not a directory
     */
    public static LayoutReport scan(Path root, Instant at) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("repository layout root must be a directory, but was " + root);
        }
        List<LayoutFact> facts = new ArrayList<>();
        List<Workload> workloads = new ArrayList<>();
        List<Autoscaler> autoscalers = new ArrayList<>();
        for (Path file : files(root)) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            String name = file.getFileName().toString();
            ciKind(rel, name).ifPresent(kind -> facts.add(new LayoutFact(FactKind.CI_PIPELINE, rel, kind)));
            if (name.equals("Dockerfile") || name.equals("Containerfile") || name.startsWith("Dockerfile.")
                    || name.endsWith(".Dockerfile")) {
                facts.add(new LayoutFact(FactKind.CONTAINER_IMAGE, rel, "container image definition"));
            }
            if (name.equals("Chart.yaml")) {
                facts.add(new LayoutFact(FactKind.DEPLOYMENT_MANIFEST, rel, "Helm chart"));
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if ((lower.endsWith(".yml") || lower.endsWith(".yaml")) && size(file) <= MAX_YAML_BYTES) {
                ManifestReader reader = new ManifestReader();
                try {
                    reader.read(file, rel);
                } catch (IOException e) {
                    facts.add(new LayoutFact(FactKind.UNREADABLE_YAML, rel, "not plain YAML (a template?): "
                            + firstLine(e.getMessage())));
                    continue;
                }
                workloads.addAll(reader.workloads);
                autoscalers.addAll(reader.autoscalers);
                reader.alerting.forEach(a -> facts.add(new LayoutFact(FactKind.ALERT_RULES, rel, a)));
                if (!reader.composeServices.isEmpty()) {
                    facts.add(new LayoutFact(FactKind.DEPLOYMENT_MANIFEST, rel, "Compose services "
                            + String.join(", ", reader.composeServices)));
                }
            }
        }
        for (Autoscaler scaler : autoscalers) {
            facts.add(new LayoutFact(FactKind.AUTOSCALER, scaler.file(), scaler.kind() + " '" + scaler.name() + "' scales "
                    + scaler.targetKind() + " '" + scaler.targetName() + "' " + scaler.minReplicas() + ".."
                    + scaler.maxReplicas()));
        }
        for (Workload workload : workloads) {
            workloadFacts(workload, autoscalers, facts);
        }
        List<Evidence> evidence = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        answer(facts, FactKind.CI_PIPELINE, null, Questions.CI_CD_PIPELINE, at, evidence, unknowns,
                "no CI pipeline definition among the files (a pipeline configured on a CI server cannot be seen)");
        answer(facts, FactKind.AUTOSCALER, FactKind.FIXED_REPLICAS, Questions.AUTOMATIC_SCALING, at, evidence, unknowns,
                "no Kubernetes workload or autoscaler among the files: automatic scaling is unknown");
        answer(facts, FactKind.SINGLE_REPLICA_STATEFUL, FactKind.REPLICATED_STATEFUL,
                Questions.SINGLE_POINTS_OF_FAILURE, at, evidence, unknowns,
                "no stateful component among the manifests: single points of failure are unknown");
        answer(facts, FactKind.ALERT_RULES, null, Questions.ALERTING, at, evidence, unknowns,
                "no alerting rules among the files (alerts configured in a monitoring service cannot be seen)");
        answer(facts, FactKind.HEALTH_PROBES, FactKind.NO_HEALTH_PROBES, LayoutQuestions.HEALTH_PROBES, at, evidence,
                unknowns, "no Kubernetes workload among the files: health probes are unknown");
        return new LayoutReport(root.toString(), facts, unknowns, evidence);
    }

    /**
     * Answers {@code question} from facts: "yes" when facts of {@code yes} exist (and, for the questions where a
     * {@code no} fact outweighs them, none of {@code no}), "no" from {@code no} facts alone, unknown otherwise.
     */
    private static void answer(List<LayoutFact> facts, FactKind yes, FactKind no, Question question, Instant at,
                               List<Evidence> evidence, List<String> unknowns, String unknown) {
        List<LayoutFact> yesFacts = facts.stream().filter(f -> f.kind() == yes).toList();
        List<LayoutFact> noFacts = no == null ? List.of() : facts.stream().filter(f -> f.kind() == no).toList();
        // for scaling and probes, one workload without them is enough for "no"; for single points of failure,
        // one single-replica stateful component is enough for "yes"
        boolean yesWins = question.equals(Questions.SINGLE_POINTS_OF_FAILURE) || no == null;
        List<LayoutFact> deciding;
        String choice;
        if (!yesFacts.isEmpty() && (yesWins || noFacts.isEmpty())) {
            deciding = yesFacts;
            choice = "yes";
        } else if (!noFacts.isEmpty()) {
            deciding = noFacts;
            choice = "no";
        } else {
            unknowns.add(unknown);
            return;
        }
        String note = deciding.stream().limit(5).map(f -> f.detail() + " (" + f.file() + ")")
                .collect(Collectors.joining("; ")) + (deciding.size() > 5 ? "; and " + (deciding.size() - 5) + " more" : "");
        evidence.add(new Answer(question, choice, Optional.of(note),
                Provenance.of(SOURCE, deciding.get(0).file(), at)));
    }

    private static void workloadFacts(Workload workload, List<Autoscaler> autoscalers, List<LayoutFact> facts) {
        String id = workload.kind() + " '" + workload.name() + "'";
        facts.add(new LayoutFact(FactKind.DEPLOYMENT_MANIFEST, workload.file(), id + ", " + workload.replicas()
                + " replicas"));
        Optional<Autoscaler> scaler = autoscalers.stream().filter(a -> a.targetName().equals(workload.name())
                && a.targetKind().equals(workload.kind())).findFirst();
        boolean stateful = workload.kind().equals("StatefulSet")
                || workload.images().stream().anyMatch(i -> STATEFUL_IMAGE.matcher(i).find());
        int replicas = scaler.map(Autoscaler::minReplicas).orElse(workload.replicas());
        if (stateful) {
            facts.add(new LayoutFact(replicas <= 1 ? FactKind.SINGLE_REPLICA_STATEFUL : FactKind.REPLICATED_STATEFUL,
                    workload.file(), "stateful " + id + " runs " + replicas + (replicas == 1 ? " replica" : " replicas")));
        } else if (scaler.isEmpty()) {
            facts.add(new LayoutFact(FactKind.FIXED_REPLICAS, workload.file(), id + " runs a fixed " + replicas
                    + (replicas == 1 ? " replica" : " replicas") + " with no autoscaler"));
        }
        if (!workload.images().isEmpty()) {
            facts.add(workload.unprobed().isEmpty()
                    ? new LayoutFact(FactKind.HEALTH_PROBES, workload.file(), id + " declares health probes")
                    : new LayoutFact(FactKind.NO_HEALTH_PROBES, workload.file(), id + " has containers without a"
                    + " health probe: " + String.join(", ", workload.unprobed())));
        }
    }

    private static Optional<String> ciKind(String rel, String name) {
        if (rel.startsWith(".github/workflows/") && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
            return Optional.of("GitHub Actions workflow");
        }
        if (rel.equals(".gitlab-ci.yml")) {
            return Optional.of("GitLab CI pipeline");
        }
        if (name.equals("Jenkinsfile")) {
            return Optional.of("Jenkins pipeline");
        }
        if (rel.equals(".circleci/config.yml")) {
            return Optional.of("CircleCI pipeline");
        }
        if (rel.equals("azure-pipelines.yml") || rel.equals("azure-pipelines.yaml") || rel.startsWith(".azure-pipelines/")) {
            return Optional.of("Azure Pipelines definition");
        }
        if (rel.equals("bitbucket-pipelines.yml")) {
            return Optional.of("Bitbucket Pipelines definition");
        }
        if (rel.equals(".travis.yml")) {
            return Optional.of("Travis CI definition");
        }
        if (rel.startsWith(".ci/")) {
            return Optional.of("CI script in .ci/");
        }
        return Optional.empty();
    }

    private static List<Path> files(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && SKIPPED.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of " + root, e);
        }
        files.sort(null);
        return files;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
