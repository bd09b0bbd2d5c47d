/** The fluent DSL: a whole audit as one readable Java sentence ({@link dev.backendaudit.dsl.BackendAudit}). */
module dev.backendaudit.dsl {
    requires transitive dev.backendaudit.core;

    exports dev.backendaudit.dsl;
}
