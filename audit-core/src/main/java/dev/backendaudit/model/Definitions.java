package dev.backendaudit.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every id of an audit means one thing: two areas, signs or topics under one id must be
 * the same definition (the model compares them by id, so a second definition would silently be judged
 * as the first: a ratio metric under the p95 id "within the 300 ms bound", an Architecture that is no
 * longer foundation). Used by {@link Audit}.
 */
final class Definitions {

    private final Map<String, Area> areas = new HashMap<>();
    private final Map<String, Sign> signs = new HashMap<>();
    private final Map<String, Topic> topics = new HashMap<>();

    private Definitions() {
    }

    /** @throws IllegalArgumentException naming both definitions if an id has two */
    static void check(List<Area> areaList, List<Criterion> criteria, List<Evidence> evidence) {
        Definitions definitions = new Definitions();
        areaList.forEach(definitions::area);
        for (Criterion criterion : criteria) {
            definitions.sign(criterion.sign());
            definitions.topic(criterion.topic());
        }
        for (Evidence item : evidence) {
            definitions.topic(item.topic());
        }
    }

    private void area(Area area) {
        Area known = areas.putIfAbsent(area.id(), area);
        if (known != null && !known.sameDefinition(area)) {
            throw twice("area", area.id(), describe(known), describe(area));
        }
    }

    private void sign(Sign sign) {
        area(sign.area());
        Sign known = signs.putIfAbsent(sign.id(), sign);
        if (known != null && !(known.area().id().equals(sign.area().id()) && known.kind() == sign.kind()
                && known.title().equals(sign.title()) && known.looksLike().equals(sign.looksLike())
                && known.impact().equals(sign.impact()))) {
            throw twice("sign", sign.id(), describe(known), describe(sign));
        }
    }

    private void topic(Topic topic) {
        area(topic.area());
        Topic known = topics.putIfAbsent(topic.id(), topic);
        if (known == null || same(known, topic)) {
            return;
        }
        String kind = known.getClass() == topic.getClass() ? (topic instanceof Metric ? "metric" : "question") : "topic";
        throw twice(kind, topic.id(), describe(known), describe(topic));
    }

    private static boolean same(Topic a, Topic b) {
        if (a instanceof Metric m && b instanceof Metric n) {
            return m.area().id().equals(n.area().id()) && m.name().equals(n.name()) && m.dimension() == n.dimension();
        }
        if (a instanceof Question q && b instanceof Question r) {
            return q.area().id().equals(r.area().id()) && q.text().equals(r.text()) && q.choices().equals(r.choices());
        }
        return false;
    }

    private static IllegalArgumentException twice(String kind, String id, String first, String second) {
        return new IllegalArgumentException(kind + " '" + id + "' must have one definition in an audit, but has two: "
                + first + " and " + second + "; give the team's own " + kind + " an id of its own");
    }

    private static String describe(Area area) {
        return "{name=" + area.name() + ", foundation=" + area.foundation() + ", systemic=" + area.systemic()
                + ", healthy=" + area.healthy() + ", needsAttention=" + area.needsAttention() + "}";
    }

    private static String describe(Sign sign) {
        return "{area=" + sign.area().id() + ", kind=" + sign.kind() + ", title=" + sign.title() + ", looksLike="
                + sign.looksLike() + ", impact=" + sign.impact() + "}";
    }

    private static String describe(Topic topic) {
        if (topic instanceof Metric m) {
            return "metric {area=" + m.area().id() + ", name=" + m.name() + ", dimension=" + m.dimension() + "}";
        }
        Question q = (Question) topic;
        return "question {area=" + q.area().id() + ", text=" + q.text() + ", choices=" + q.choices() + "}";
    }
}
