package dev.backendaudit.evidence.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.evidence.git.internal.CommitRecord;
import dev.backendaudit.evidence.git.internal.FileChange;
import dev.backendaudit.evidence.git.internal.HistoryAnalysis;
import dev.backendaudit.model.Provenance;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

class HistoryAnalysisProperties {

    static final Instant SINCE = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant UNTIL = SINCE.plus(Duration.ofDays(120));
    static final long WINDOW = Duration.ofDays(20).getSeconds();

    @Property(tries = 200)
    void should_count_a_fix_as_refixed_exactly_when_a_later_fix_of_one_of_its_files_follows_within_the_window(
            @ForAll @Size(max = 60) @UniqueElements List<@IntRange(min = 0, max = 119 * 24) Integer> hours,
            @ForAll long seed) {
        // GIVEN commits at distinct hours, some fixes, each touching one or two of five files
        java.util.Random random = new java.util.Random(seed);
        List<Integer> times = new ArrayList<>(hours);
        times.sort(java.util.Comparator.reverseOrder());
        List<CommitRecord> commits = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            long time = SINCE.getEpochSecond() + times.get(i) * 3600L;
            Set<String> paths = new TreeSet<>(List.of("f" + random.nextInt(5), "f" + random.nextInt(5)));
            List<FileChange> changes = paths.stream().map(p -> new FileChange(p, 1, 0)).toList();
            String message = random.nextBoolean() ? "fix: defect " + i : "feature " + i;
            commits.add(new CommitRecord(String.format("%040d", i), 1, "a@example.com", time, message, changes));
        }
        HistoryOptions options = HistoryOptions.of(Path.of(".")).window(SINCE, UNTIL)
                .refixWindow(Duration.ofSeconds(WINDOW));
        HistoryAnalysis analysis = new HistoryAnalysis(options, SINCE, UNTIL,
                dev.backendaudit.evidence.git.ProgressListener.NONE, 1000);
        // WHEN
        commits.forEach(analysis::test);
        var result = analysis.result(Provenance.of("test"), Set.of("f0", "f1", "f2", "f3", "f4"));
        // THEN the streamed count equals the definition, checked pair by pair
        long judged = 0;
        long refixed = 0;
        for (CommitRecord fix : commits) {
            if (!fix.message().startsWith("fix") || fix.commitTime() + WINDOW > UNTIL.getEpochSecond()) {
                continue;
            }
            judged++;
            boolean again = commits.stream().anyMatch(later -> later.message().startsWith("fix")
                    && later.commitTime() > fix.commitTime() && later.commitTime() - fix.commitTime() <= WINDOW
                    && later.changes().stream().anyMatch(c -> fix.changes().stream().anyMatch(f -> f.path().equals(c.path()))));
            if (again) {
                refixed++;
            }
        }
        assertThat(result.judgedFixes()).isEqualTo(judged);
        assertThat(result.refixedFixes()).isEqualTo(refixed);
        assertThat(result.fixes()).isLessThanOrEqualTo(result.commits());
    }
}
