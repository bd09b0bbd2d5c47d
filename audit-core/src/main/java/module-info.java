/**
 * The model, the standard checklist, the evaluation engine, the scoring SPI and the built-in
 * strategies. Depends on SLF4J's API only at run time.
 *
 * <p>{@code dev.backendaudit.internal} holds checks and file helpers the sibling modules share; it is
 * exported to them only and is not API.
 */
module dev.backendaudit.core {
    requires org.slf4j;
    requires static org.immutables.value;

    exports dev.backendaudit.bounds;
    exports dev.backendaudit.checklist;
    exports dev.backendaudit.engine;
    exports dev.backendaudit.model;
    exports dev.backendaudit.scoring;
    exports dev.backendaudit.scoring.history;
    exports dev.backendaudit.text;

    exports dev.backendaudit.internal to
            dev.backendaudit.report, dev.backendaudit.test, dev.backendaudit.evidence;

    uses dev.backendaudit.scoring.ScoringStrategy;
    provides dev.backendaudit.scoring.ScoringStrategy with
            dev.backendaudit.scoring.ChecklistStrategy,
            dev.backendaudit.scoring.WorstAreaStrategy,
            dev.backendaudit.scoring.WeightedScoreStrategy,
            dev.backendaudit.scoring.MaturityLevelsStrategy,
            dev.backendaudit.scoring.RiskCountStrategy,
            dev.backendaudit.scoring.GateStrategy,
            dev.backendaudit.scoring.CompositeStrategy;
}
