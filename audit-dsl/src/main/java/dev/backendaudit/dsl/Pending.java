package dev.backendaudit.dsl;

/**
 * What the step just taken leaves open: a measurement that bounds may follow (finished), or a step the
 * grammar requires to be continued (a latency without its load, a warning bound without its critical
 * bound, top-level bounds without their sign).
 */
interface Pending {

    /** Whether the sentence may go on to any other clause from here. */
    boolean finished();

    /** For an unfinished step: the clause as written, and how to finish it. */
    String howToFinish();
}
