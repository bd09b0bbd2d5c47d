package dev.backendaudit.checklist;

import dev.backendaudit.model.Question;
import java.util.List;

/**
 * The questions the standard checklist asks, area by area. Every one is a yes/no
 * {@link Question}; answer it with {@code Answer.of(Questions.AUTOMATIC_SCALING, false, "why")}.
 * The standard criteria say which answer is healthy.
 */
public final class Questions {

    // Architecture

    /** Whether the system is made of modules with clear boundaries rather than tightly coupled parts. Healthy: yes. */
    public static final Question ARCHITECTURE_MODULAR = Question.yesNo("architecture.modular", Areas.ARCHITECTURE,
            "Is the system built from modules with clear boundaries, rather than parts tightly coupled to each other?");
    /** Whether each component scales without scaling the rest. Healthy: yes. */
    public static final Question COMPONENTS_SCALE_INDEPENDENTLY = Question.yesNo("architecture.independent-scaling",
            Areas.ARCHITECTURE, "Can each component be scaled without scaling the others?");
    /** Whether the architecture fits where the product is going. Healthy: yes. */
    public static final Question ARCHITECTURE_SUPPORTS_GROWTH = Question.yesNo("architecture.supports-growth",
            Areas.ARCHITECTURE, "Does the architecture fit the growth the product expects over the next year or two?");
    /** Whether the architecture has hit a limit that blocks further scaling. Healthy: no; yes is a rebuild indicator. */
    public static final Question ARCHITECTURE_AT_SCALING_LIMIT = Question.yesNo("architecture.at-scaling-limit",
            Areas.ARCHITECTURE, "Has the architecture reached a limit that no amount of tuning gets past?");

    // Performance

    /** Whether database queries are efficient. Healthy: yes. */
    public static final Question QUERIES_EFFICIENT = Question.yesNo("performance.queries-efficient", Areas.PERFORMANCE,
            "Are database queries efficient on the hot paths (indexed, no query per row, no full scans)?");
    /** Whether known bottlenecks limit throughput. Healthy: no. */
    public static final Question KNOWN_BOTTLENECKS = Question.yesNo("performance.known-bottlenecks", Areas.PERFORMANCE,
            "Are there known bottlenecks that cap throughput or latency?");

    // Scalability

    /** Whether the system survives traffic spikes. Healthy: yes. */
    public static final Question HANDLES_TRAFFIC_SPIKES = Question.yesNo("scalability.handles-spikes",
            Areas.SCALABILITY, "Does the system ride out traffic spikes without failing or shedding users?");
    /** Whether capacity follows demand without a person. Healthy: yes. */
    public static final Question AUTOMATIC_SCALING = Question.yesNo("scalability.automatic-scaling",
            Areas.SCALABILITY, "Does capacity scale automatically, without anyone adding it by hand?");
    /** Whether one failing part can take the whole system down. Healthy: no. */
    public static final Question SINGLE_POINTS_OF_FAILURE = Question.yesNo("scalability.single-points-of-failure",
            Areas.SCALABILITY, "Is there a single point of failure, a part whose loss takes the system down?");

    // Code quality

    /** Whether the code is readable and consistently structured. Healthy: yes. */
    public static final Question CODE_READABLE = Question.yesNo("code-quality.readable", Areas.CODE_QUALITY,
            "Is the code readable and consistently structured?");
    /** Whether documentation lets a newcomer contribute. Healthy: yes. */
    public static final Question CODE_DOCUMENTED = Question.yesNo("code-quality.documented", Areas.CODE_QUALITY,
            "Is the code documented well enough for a newcomer to make a change safely?");
    /** Whether redundant or outdated code weighs on the codebase. Healthy: no. */
    public static final Question REDUNDANT_CODE = Question.yesNo("code-quality.redundant-code", Areas.CODE_QUALITY,
            "Is there a significant amount of redundant, dead or outdated code?");
    /** Whether fixes keep introducing new defects. Healthy: no; yes is a rebuild indicator. */
    public static final Question FIXES_CREATE_NEW_ISSUES = Question.yesNo("code-quality.fixes-create-issues",
            Areas.CODE_QUALITY, "Do fixes regularly introduce new defects elsewhere?");
    /** Whether the pace of delivery keeps falling. Healthy: no; yes is a rebuild indicator. */
    public static final Question DEVELOPMENT_SPEED_DECLINING = Question.yesNo("code-quality.speed-declining",
            Areas.CODE_QUALITY, "Has the pace of delivering features kept falling, quarter after quarter?");
    /** Whether complexity is beyond what the team can manage. Healthy: no; yes is a rebuild indicator. */
    public static final Question COMPLEXITY_UNMANAGEABLE = Question.yesNo("code-quality.complexity-unmanageable",
            Areas.CODE_QUALITY, "Has complexity grown past the point where the team can predict what a change will do?");

    // Deployment & DevOps

    /** Whether every change goes through a CI/CD pipeline. Healthy: yes. */
    public static final Question CI_CD_PIPELINE = Question.yesNo("deployment.ci-cd-pipeline", Areas.DEPLOYMENT,
            "Is every change built, tested and delivered through a CI/CD pipeline?");
    /** Whether deployments run without manual steps. Healthy: yes. */
    public static final Question DEPLOYMENTS_AUTOMATED = Question.yesNo("deployment.automated", Areas.DEPLOYMENT,
            "Do deployments run end to end without manual steps?");

    // Monitoring & reliability

    /** Whether the system is watched in real time. Healthy: yes. */
    public static final Question REAL_TIME_MONITORING = Question.yesNo("monitoring.real-time", Areas.MONITORING,
            "Is the system watched in real time, through metrics, logs or traces?");
    /** Whether failures alert someone. Healthy: yes. */
    public static final Question ALERTING = Question.yesNo("monitoring.alerting", Areas.MONITORING,
            "Do failures raise an alert that reaches the people on call?");
    /** Whether monitoring, not users, finds most incidents. Healthy: yes. */
    public static final Question INCIDENTS_DETECTED_FIRST = Question.yesNo("monitoring.detected-first",
            Areas.MONITORING, "Does monitoring catch most incidents before users report them?");

    /** Every standard question, in area order. */
    public static final List<Question> STANDARD = List.of(ARCHITECTURE_MODULAR, COMPONENTS_SCALE_INDEPENDENTLY,
            ARCHITECTURE_SUPPORTS_GROWTH, ARCHITECTURE_AT_SCALING_LIMIT, QUERIES_EFFICIENT, KNOWN_BOTTLENECKS,
            HANDLES_TRAFFIC_SPIKES, AUTOMATIC_SCALING, SINGLE_POINTS_OF_FAILURE, CODE_READABLE, CODE_DOCUMENTED,
            REDUNDANT_CODE, FIXES_CREATE_NEW_ISSUES, DEVELOPMENT_SPEED_DECLINING, COMPLEXITY_UNMANAGEABLE,
            CI_CD_PIPELINE, DEPLOYMENTS_AUTOMATED, REAL_TIME_MONITORING, ALERTING, INCIDENTS_DETECTED_FIRST);

    private Questions() {
    }
}
