package dev.backendaudit.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.ExampleVerdicts;
import dev.backendaudit.testing.FaultyFileSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;

/** A history folder holds only whole verdicts, whatever write a process dies at. */
class VerdictJsonStorageProperties {

    private static final List<String> SUBJECTS = List.of("checkout-service", "orders/api", "orders_api", "Orders");

    /** One store: which verdict (the three case studies, under one of four subjects), at which hour. */
    record Store(int example, int subject, int hour) {
        Verdict verdict() {
            Verdict v = List.of(ExampleVerdicts.optimize(), ExampleVerdicts.healthy(), ExampleVerdicts.rebuild())
                    .get(example);
            return v.withAssessment(v.assessment().withSubject(SUBJECTS.get(subject))
                    .withAt(ExampleVerdicts.AT.plusSeconds(3600L * hour)));
        }
    }

    @Provide
    Arbitrary<List<Store>> stores() {
        Arbitrary<Store> store = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, SUBJECTS.size() - 1), Arbitraries.integers().between(0, 3))
                .as(Store::new);
        return store.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 150)
    void should_load_only_whole_verdicts_whatever_write_the_process_dies_at(
            @ForAll("stores") List<Store> stores, @ForAll @DoubleRange(min = 0, max = 1) double when)
            throws IOException {
        Path folder = Files.createTempDirectory("history");   // jqwik properties get no @TempDir
        try {
            // GIVEN how many write operations the stores take when nothing fails
            Path dry = Files.createTempDirectory("history-dry");
            FaultyFileSystem counting = FaultyFileSystem.create();
            stores.forEach(s -> VerdictJson.store(s.verdict(), counting.path(dry)));
            delete(dry);
            long crash = (long) Math.floor(when * counting.operations());
            // WHEN the same stores run and the process dies at operation 'crash'
            FaultyFileSystem disk = FaultyFileSystem.create().crashAt(crash);
            Map<String, Verdict> completed = new LinkedHashMap<>();
            for (Store store : stores) {
                Verdict verdict = store.verdict();
                try {
                    VerdictJson.store(verdict, disk.path(folder));
                } catch (UncheckedIOException died) {
                    break;
                }
                completed.put(verdict.subject() + "@" + verdict.evaluatedAt(), verdict);
            }
            Statistics.label("stores completed").collect(completed.size() == stores.size() ? "all" : "some");
            // THEN loading sees exactly the verdicts whose store completed, each whole
            for (String subject : SUBJECTS) {
                List<Verdict> expected = completed.values().stream().filter(v -> v.subject().equals(subject))
                        .sorted(Comparator.comparing(Verdict::evaluatedAt)).toList();
                assertThat(VerdictJson.loadHistory(folder, subject).verdicts()).as(subject)
                        .containsExactlyElementsOf(expected);
            }
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList())) {
                Files.delete(p);
            }
        }
    }
}
