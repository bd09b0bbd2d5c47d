package dev.backendaudit.evidence.quality;

/**
 * A source file or a top-level class and its size.
 *
 * @param file      the file, relative to its source root
 * @param name      the class's simple name; for a file, the file's name
 * @param codeLines lines of code (neither blank nor only comment)
 */
public record SourceUnit(String file, String name, int codeLines) {

    /** {@code "com/acme/Orders.java: 1,412 lines of code"}. */
    @Override
    public String toString() {
        return (file.endsWith("/" + name + ".java") || file.equals(name) ? file : file + " (" + name + ")") + ": "
                + String.format(java.util.Locale.ROOT, "%,d", codeLines) + " lines of code";
    }
}
