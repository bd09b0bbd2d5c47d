package dev.backendaudit.report.internal;

import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;

/** Escaping and the palette shared by the HTML page and its SVG pictures. */
public final class Html {

    private Html() {
    }

    /** {@code text} safe inside HTML or SVG text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    /** The CSS class of a health: {@code healthy}, {@code needs-attention}, {@code critical}, {@code unknown}. */
    public static String cssClass(Health health) {
        return health.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The CSS class of an outcome. */
    public static String cssClass(Outcome outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The fill colour of a health, chosen to stay apart for the common colour-vision deficiencies. */
    public static String color(Health health) {
        switch (health) {
            case HEALTHY: return "#1b7f3b";
            case NEEDS_ATTENTION: return "#e6a100";
            case CRITICAL: return "#c0262d";
            case UNKNOWN: return "#9aa0a6";
            default: throw new AssertionError(health);
        }
    }

    /** The fill colour of an outcome. */
    public static String color(Outcome outcome) {
        switch (outcome) {
            case HEALTHY: return color(Health.HEALTHY);
            case OPTIMIZE: return color(Health.NEEDS_ATTENTION);
            case REBUILD: return color(Health.CRITICAL);
            case INCONCLUSIVE: return color(Health.UNKNOWN);
            default: throw new AssertionError(outcome);
        }
    }
}
