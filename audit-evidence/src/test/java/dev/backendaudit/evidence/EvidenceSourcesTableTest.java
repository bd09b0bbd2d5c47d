package dev.backendaudit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendaudit.bounds.EvidenceSource;
import dev.backendaudit.bounds.EvidenceSources;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.evidence.architecture.StructureMetrics;
import dev.backendaudit.evidence.git.GitMetrics;
import dev.backendaudit.evidence.quality.QualityMetrics;
import dev.backendaudit.model.Metric;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * audit-core's {@link EvidenceSources} names this module's collectors as text, keyed by topic id; these tests
 * keep its lines true of the metrics the collectors here define.
 */
class EvidenceSourcesTableTest {

    @Test
    void should_name_a_collector_for_every_metric_this_module_defines() {
        assertThat(definedMetrics()).isNotEmpty().allSatisfy(metric -> {
            EvidenceSource source = EvidenceSources.of(metric);
            assertThat(source).as(metric.id()).isNotEqualTo(EvidenceSources.MANUAL_MEASUREMENT);
        });
    }

    @Test
    void should_key_the_table_by_standard_topics_or_metrics_this_module_defines_only() {
        Set<String> known = new HashSet<>();
        Metrics.STANDARD.forEach(m -> known.add(m.id()));
        Questions.STANDARD.forEach(q -> known.add(q.id()));
        definedMetrics().forEach(m -> known.add(m.id()));
        assertThat(known).containsAll(EvidenceSources.TABLE.keySet());
    }

    /** Every public constant metric of the classes that hold this module's own metrics. */
    private static List<Metric> definedMetrics() {
        List<Metric> metrics = new ArrayList<>();
        for (Class<?> holder : List.of(GitMetrics.class, QualityMetrics.class, StructureMetrics.class)) {
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Metric.class) {
                    try {
                        metrics.add((Metric) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return metrics;
    }
}
