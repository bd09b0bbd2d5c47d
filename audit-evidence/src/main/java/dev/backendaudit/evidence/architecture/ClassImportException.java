package dev.backendaudit.evidence.architecture;

/**
 * Compiled classes cannot be read: a location that does not exist, a jar that is not a jar, a
 * directory without class files, a class file that is not one or that a newer JDK wrote than this
 * library reads, or classes that the import silently lost. The message names the file and what
 * was expected; nothing is measured from a half-read set of classes.
 *
 * <pre>{@code
 * try {
 *     CompiledClasses.analyze(ClassesOptions.of(Path.of("build/libs/app.jar")));
 * } catch (ClassImportException e) {
 *     System.err.println(e.getMessage()); // "build/libs/app.jar is not a jar (a zip archive of class files): ..."
 * }
 * }</pre>
 */
public final class ClassImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An error with its message.
     *
     * @param message what is wrong, naming the file
     */
    public ClassImportException(String message) {
        super(message);
    }

    /**
     * An error with its message and cause.
     *
     * @param message what is wrong, naming the file
     * @param cause   the underlying failure
     */
    public ClassImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
