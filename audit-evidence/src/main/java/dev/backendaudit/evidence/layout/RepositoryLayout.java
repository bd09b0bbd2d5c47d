package dev.backendaudit.evidence.layout;

import dev.backendaudit.checklist.Questions;
import dev.backendaudit.evidence.layout.LayoutAnswers.Needs;
import dev.backendaudit.evidence.layout.internal.Autoscaler;
import dev.backendaudit.evidence.layout.internal.ManifestReader;
import dev.backendaudit.evidence.layout.internal.Workload;
import dev.backendaudit.model.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
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
 * alerting rules and health probes. Every answer names the file it rests on.
 *
 * <pre>{@code
 * LayoutReport report = RepositoryLayout.scan(Path.of("."), Instant.now());
 * audit.evidence(report.evidence());
 * }</pre>
 *
 * <p>Only what files show is answered. A question the files cannot settle (no CI file: the
 * pipeline may live on a server; no manifests: scaling may be configured elsewhere) stays
 * unknown, with the reason in {@link LayoutReport#unknowns()}, rather than answered "no".
 *
 * <p>A YAML file that cannot be read decides nothing: one that is malformed, a Helm template (under
 * a chart's {@code templates/}), larger than 2 MiB, not UTF-8, unreadable (or in a directory that
 * cannot be listed), or whose manifests hold a replica count that is not a whole number is named in
 * the report ({@link FactKind#UNREADABLE_YAML} facts, with the reason), and every answer it could
 * change becomes unknown: automatic scaling and single points of failure (workloads and autoscalers
 * are joined across files), and "every container declares a health probe". Answers that one
 * readable file settles (a CI pipeline, alert rules, a container without a probe) stand. YAML is
 * read with SnakeYAML: anchors, aliases and merge keys are resolved, duplicate keys refused.
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
        List<LayoutFact> skipped = new ArrayList<>();
        List<Path> files = files(root, skipped);
        facts.addAll(skipped);      // directories that could not be listed
        Set<String> charts = files.stream().filter(f -> f.getFileName().toString().equals("Chart.yaml"))
                .map(f -> root.relativize(f.getParent()).toString().replace('\\', '/'))
                .collect(Collectors.toSet());
        for (Path file : files) {
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
            if (!lower.endsWith(".yml") && !lower.endsWith(".yaml")) {
                continue;
            }
            Optional<String> skip = helmTemplate(rel, charts);
            long size = size(file);
            if (skip.isEmpty() && size > MAX_YAML_BYTES) {
                skip = Optional.of(size == Long.MAX_VALUE ? "its size cannot be read"
                        : "larger than " + MAX_YAML_BYTES + " bytes (" + size + "), not read");
            }
            ManifestReader reader = new ManifestReader();
            if (skip.isEmpty()) {
                try {
                    reader.read(file, rel);
                } catch (IOException e) {
                    skip = Optional.of(e instanceof AccessDeniedException ? "permission denied" : firstLine(e.getMessage()));
                }
            }
            if (skip.isPresent()) {
                facts.add(new LayoutFact(FactKind.UNREADABLE_YAML, rel, skip.get()));
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
        LayoutAnswers answers = new LayoutAnswers(facts, at, evidence, unknowns);
        answers.answer(FactKind.CI_PIPELINE, null, Questions.CI_CD_PIPELINE, Needs.ONE_FILE, "a CI pipeline",
                "no CI pipeline definition among the files (a pipeline configured on a CI server cannot be seen)");
        answers.answer(FactKind.AUTOSCALER, FactKind.FIXED_REPLICAS, Questions.AUTOMATIC_SCALING, Needs.EVERY_FILE,
                "automatic scaling", "no Kubernetes workload or autoscaler among the files: automatic scaling is unknown");
        answers.answer(FactKind.SINGLE_REPLICA_STATEFUL, FactKind.REPLICATED_STATEFUL,
                Questions.SINGLE_POINTS_OF_FAILURE, Needs.EVERY_FILE, "a single point of failure",
                "no stateful component among the manifests: single points of failure are unknown");
        answers.answer(FactKind.ALERT_RULES, null, Questions.ALERTING, Needs.ONE_FILE, "alerting",
                "no alerting rules among the files (alerts configured in a monitoring service cannot be seen)");
        answers.answer(FactKind.HEALTH_PROBES, FactKind.NO_HEALTH_PROBES, LayoutQuestions.HEALTH_PROBES,
                Needs.EVERY_FILE_FOR_YES, "health probes",
                "no Kubernetes workload among the files: health probes are unknown");
        return new LayoutReport(root.toString(), facts, unknowns, evidence);
    }

    private static Optional<String> helmTemplate(String rel, Set<String> charts) {
        for (String chart : charts) {
            String templates = chart.isEmpty() ? "templates/" : chart + "/templates/";
            if (rel.startsWith(templates)) {
                return Optional.of("a Helm template of the chart in " + (chart.isEmpty() ? "." : chart)
                        + "/: only helm can render it");
            }
        }
        return Optional.empty();
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

    private static List<Path> files(Path root, List<LayoutFact> skipped) {
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
                    // a directory that cannot be listed may hold manifests; a YAML file that cannot be opened is one
                    String rel = root.relativize(file).toString().replace('\\', '/');
                    String lower = rel.toLowerCase(Locale.ROOT);
                    if (lower.endsWith(".yml") || lower.endsWith(".yaml") || Files.isDirectory(file)) {
                        skipped.add(new LayoutFact(FactKind.UNREADABLE_YAML, rel, (Files.isDirectory(file)
                                ? "a directory that cannot be listed: " : "cannot be read: ")
                                + (e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName())));
                    }
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
