package dev.backendaudit.evidence.project;

/**
 * One kind of evidence a project holds (git history, compiled classes, coverage reports...): it
 * looks at what {@link ProjectFiles} found and measures it, or says why it could not.
 * {@link ProjectEvidence} runs the standard sources; add your own with
 * {@link ProjectOptions#source(EvidenceSource)}:
 *
 * <pre>{@code
 * EvidenceSource openApi = new EvidenceSource() {
 *     public String name() { return "openapi"; }
 *     public SourceReport collect(ProjectFiles files, ProjectOptions options) {
 *         Path spec = files.root().resolve("openapi.yaml");
 *         if (!Files.exists(spec)) {
 *             return SourceReport.unknown(name(), "no openapi.yaml in " + files.root());
 *         }
 *         ...
 *     }
 * };
 * ProjectReport report = ProjectEvidence.collect(ProjectOptions.of(Path.of(".")).source(openApi));
 * }</pre>
 *
 * <p>A source that finds nothing to measure returns a report whose unknowns say so; a source that
 * finds something it cannot read throws, naming the file: a broken report is never skipped.
 */
public interface EvidenceSource {

    /**
     * The source's name in reports, such as {@code "compiled-classes"}.
     *
     * @return the name
     */
    String name();

    /**
     * Measures what this source finds in the project.
     *
     * @param files   what the project directory holds
     * @param options how to measure
     * @return what was measured and what stayed unknown
     * @throws RuntimeException naming the file, if something the source found cannot be read
     */
    SourceReport collect(ProjectFiles files, ProjectOptions options);
}
