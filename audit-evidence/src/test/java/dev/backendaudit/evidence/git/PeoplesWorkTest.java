package dev.backendaudit.evidence.git;

import static dev.backendaudit.evidence.git.GitHistoryTest.ANY;
import static dev.backendaudit.evidence.git.GitHistoryTest.MONDAY;
import static dev.backendaudit.evidence.git.GitHistoryTest.day;
import static dev.backendaudit.evidence.git.GitHistoryTest.evidence;
import static dev.backendaudit.evidence.git.GitHistoryTest.files;
import static dev.backendaudit.evidence.git.GitHistoryTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.backendaudit.checklist.Metrics;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automation, chores, cosmetic fixes, reverts, hub and generated files: what is set apart, and the words for it. */
class PeoplesWorkTest {

    @TempDir
    Path dir;

    @Test
    void should_set_commits_by_bots_apart_from_every_measure() throws Exception {
        // GIVEN two people's commits, and three bot commits that touch the same file and look like fixes
        try (TestRepo repo = TestRepo.create(dir)) {
            repo.commit("fix: null check", day(0), "Alice", files("src/App.java", "1\n"));
            repo.commitAs("fix(deps): update lib", day(1), "dependabot[bot]",
                    "49699333+dependabot[bot]@users.noreply.github.com", files("pom.xml", "1\n"));
            repo.commitAs("Fix formatting", day(2), "renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com",
                    files("pom.xml", "2\n"));
            repo.commitAs("fix: regenerate", day(3), "github-actions[bot]",
                    "41898282+github-actions[bot]@users.noreply.github.com", files("pom.xml", "3\n"));
            repo.commit("feature", day(4), "Bob", files("src/App.java", "2\n"));
            repo.commit("after the window", day(30), "Bob", files("x.txt", "1\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(28)).minimumSamples(ANY));
        // THEN
        assertThat(report.commits()).isEqualTo(2);
        assertThat(report.automation()).isEqualTo(3);
        assertThat(report.fixes()).isEqualTo(1);
        assertThat(value(report, Metrics.BUG_FIX_SHARE)).isCloseTo(0.5, within(1e-9));
        assertThat(report.hotspots()).extracting(Hotspot::path).containsExactly("src/App.java");
        assertThat(report.summary()).contains("2 commits by people; set apart: 3 by automation, 0 dependency/release"
                + " chores, 0 merges");
    }

    @Test
    void should_set_dependency_and_release_chores_apart() throws Exception {
        // GIVEN people's upgrades and release commits, which touch the version file every time
        String[] chores = {"Upgrade to Jackson 2.19.1", "Bump junit from 5.13 to 5.14", "chore(deps): bump lodash",
            "build(deps-dev): bump eslint", "Update dependency react to v19", "Update actions/checkout action to v5",
            "Start building against Spring Framework 7.0.1 snapshots", "[maven-release-plugin] prepare release v1.2",
            "Next development version (v1.3-SNAPSHOT)", "Release v1.2.0"};
        try (TestRepo repo = TestRepo.create(dir)) {
            for (int i = 0; i < chores.length; i++) {
                repo.commit(chores[i], day(i), "Alice", files("gradle/libs.versions.toml", "v" + i + "\n"));
            }
            repo.commit("Add checkout", day(11), "Alice", files("src/Checkout.java", "1\n"));
            repo.commit("Update the checkout flow", day(12), "Bob", files("src/Checkout.java", "2\n"));
            repo.commit("after the window", day(30), "Bob", files("x.txt", "1\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(28)).minimumSamples(ANY));
        // THEN every chore is set apart; "Update the checkout flow" is people's work
        assertThat(report.chores()).isEqualTo(chores.length);
        assertThat(report.commits()).isEqualTo(2);
        assertThat(report.hotspots()).extracting(Hotspot::path).containsExactly("src/Checkout.java");
        assertThat(report.summary()).contains("set apart: 0 by automation, 10 dependency/release chores");
    }

    @Test
    void should_count_cosmetic_fixes_and_reverts_apart_from_fixes() throws Exception {
        // GIVEN two real fixes, four cosmetic ones and two reverts
        String[] subjects = {"Fix NPE when the cart is empty", "fix(api): reject negative quantities",
            "Fix typo in README", "Fix Javadoc of Cart", "Polish \"Fix NPE when the cart is empty\"",
            "fixup! Fix NPE when the cart is empty", "Revert \"Add coupons\"", "revert: pricing change"};
        try (TestRepo repo = TestRepo.create(dir)) {
            for (int i = 0; i < subjects.length; i++) {
                repo.commit(subjects[i], day(i), "Alice", files("src/Cart.java", "v" + i + "\n"));
            }
            repo.commit("after the window", day(60), "Bob", files("x.txt", "1\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(56)).minimumSamples(ANY));
        // THEN only the two real fixes count, and neither was fixed again by a cosmetic follow-up
        assertThat(report.fixes()).isEqualTo(2);
        assertThat(report.cosmeticFixes()).isEqualTo(4);
        assertThat(report.reverts()).isEqualTo(2);
        assertThat(report.judgedFixes()).isEqualTo(2);
        assertThat(report.refixedFixes()).isEqualTo(1);
        assertThat(value(report, Metrics.BUG_FIX_SHARE)).isCloseTo(2.0 / 8, within(1e-9));
        assertThat(report.summary()).contains("2 fixes (4 cosmetic fixes and 2 reverts not counted); 1 of 2 judged"
                + " fixes were fixed again");
    }

    @Test
    void should_leave_hub_and_lock_files_out_of_hotspots_refixes_and_coupling() throws Exception {
        // GIVEN 120 commits; every fifth also changes the dependency catalogue (a hub: 20 %) and yarn.lock
        try (TestRepo repo = TestRepo.create(dir)) {
            for (int i = 0; i < 120; i++) {
                String source = "src/main/java/Module" + (i % 12) + ".java";
                String message = i % 10 == 0 ? "Fix module " + (i % 12) : "Work on module " + (i % 12);
                if (i % 5 == 0) {
                    repo.commit(message, day(i * 0.5), "Alice", files(source, "v" + i + "\n",
                            "gradle/libs.versions.toml", "v" + i + "\n", "yarn.lock", "v" + i + "\n"));
                } else {
                    repo.commit(message, day(i * 0.5), "Alice", files(source, "v" + i + "\n"));
                }
            }
            repo.commit("after the window", day(90), "Bob", files("x.txt", "1\n"));
        }
        // WHEN
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir).window(MONDAY, day(84))
                .refixWindow(Duration.ofDays(7)).coupling(2, 2, 0.1, 30));
        // THEN
        assertThat(report.hotspots()).extracting(Hotspot::path).allMatch(p -> p.startsWith("src/main/java/Module"));
        assertThat(report.leftOut()).containsExactly(
                new LeftOutFile("gradle/libs.versions.toml", "hub", 24, 0.2),
                new LeftOutFile("yarn.lock", "generated", 24, 0.2));
        assertThat(report.couplings()).noneMatch(c -> c.first().endsWith(".toml") || c.second().endsWith(".toml")
                || c.first().endsWith(".lock") || c.second().endsWith(".lock"));
        // fixes of module 0 (i = 0, 60) and the rest never share a file within 7 days: nothing refixed through the hub
        assertThat(report.refixedFixes()).isZero();
        assertThat(value(report, Metrics.REFIX_SHARE)).isZero();
        assertThat(report.summary()).contains("left out (hub) gradle/libs.versions.toml: 24 revisions, 20.0% of commits")
                .contains("left out (generated) yarn.lock: 24 revisions, 20.0% of commits");
    }

    @Test
    void should_leave_measures_unknown_below_their_minimum_sample() throws Exception {
        // GIVEN seven commits in three days, and three releases among them
        try (TestRepo repo = TestRepo.create(dir)) {
            for (int i = 0; i < 7; i++) {
                var commit = repo.commit(i % 2 == 0 ? "fix: thing " + i : "work " + i, day(i * 0.4), "Alice",
                        files("src/App.java", "v" + i + "\n"));
                if (i % 3 == 0) {
                    repo.tag("v1." + i, commit, null);
                }
            }
        }
        // WHEN the default window (52 weeks up to the newest commit; the data starts three days earlier)
        HistoryReport report = GitHistory.analyze(HistoryOptions.of(dir));
        // THEN nothing is measured from a handful of commits or days
        assertThat(evidence(report, Metrics.BUG_FIX_SHARE)).isEmpty();
        assertThat(evidence(report, GitMetrics.KNOWLEDGE_CONCENTRATION)).isEmpty();
        assertThat(evidence(report, GitMetrics.RELEASE_FREQUENCY)).isEmpty();
        assertThat(evidence(report, Metrics.COMMIT_THROUGHPUT)).isEmpty();
        assertThat(report.unknowns()).contains(
                "the window 2026-01-05T00:00:00Z .. 2026-01-07T09:36:01Z holds 7 commits by people (0 by automation and"
                        + " 0 chores set apart), fewer than the 30 needed for the bug-fix share, hotspots, knowledge"
                        + " concentration and coupling: they are unknown",
                "the window spans 0.3 weeks, fewer than the 12 a release frequency needs: it is unknown",
                "the history holds 0 complete quarters (13 weeks) of the 8 up to the window's end: a throughput trend"
                        + " needs 5 (fewer can never show a significant trend), so it is unknown");
        assertThat(report.windowNotes()).containsExactly("the default window (52 weeks) would start"
                + " 2025-01-06T00:00:00Z, before the first commit (2026-01-05T00:00:00Z): it starts at that commit");
    }
}
