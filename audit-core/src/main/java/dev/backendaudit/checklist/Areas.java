package dev.backendaudit.checklist;

import dev.backendaudit.model.Area;
import java.util.List;

/**
 * The six standard areas of a backend audit. Architecture and Scalability are the
 * <em>foundation</em>: whether the system can support growth at all. All six count toward the
 * rule that problems in several areas at once are systemic.
 *
 * <pre>{@code
 * verdict.health(Areas.SCALABILITY);
 * }</pre>
 */
public final class Areas {

    /** How the system is divided into parts, and whether those parts can change and grow apart. Foundation. */
    public static final Area ARCHITECTURE = new Area("architecture", "Architecture", true, true,
            "Modular and flexible: parts have clear boundaries and change or scale on their own",
            "Rigid and tightly coupled: a change in one part ripples through the others");

    /** How fast the system answers, at normal load and at peak. */
    public static final Area PERFORMANCE = new Area("performance", "Performance", false, true,
            "Stable under load: response times hold from normal traffic to peak",
            "Degrades with usage: the busier it gets, the slower it answers");

    /** Whether the system absorbs growth and spikes. Foundation. */
    public static final Area SCALABILITY = new Area("scalability", "Scalability", true, true,
            "Scales automatically: spikes and growth are absorbed without anyone stepping in",
            "Needs manual intervention: people add capacity by hand, and load can take it down");

    /** Whether people can read, change and trust the code. */
    public static final Area CODE_QUALITY = new Area("code-quality", "Code quality", false, true,
            "Clean and structured: readable, documented, without dead weight",
            "Complex and messy: hard to find one's way, and changes break unrelated things");

    /** How changes reach production. */
    public static final Area DEPLOYMENT = new Area("deployment", "Deployment & DevOps", false, true,
            "Automated and reliable: releases are frequent, routine and rarely fail",
            "Error-prone: releases are rare, manual, delayed, and often go wrong");

    /** Whether the team sees problems, and how fast it recovers. */
    public static final Area MONITORING = new Area("monitoring", "Monitoring & reliability", false, true,
            "Real-time visibility: monitoring and alerts catch failures before users do",
            "Limited or reactive: failures are found when users complain, and take long to fix");

    /** The six standard areas, in report order. */
    public static final List<Area> STANDARD = List.of(ARCHITECTURE, PERFORMANCE, SCALABILITY, CODE_QUALITY,
            DEPLOYMENT, MONITORING);

    private Areas() {
    }
}
