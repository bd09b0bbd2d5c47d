package dev.backendaudit.evidence.quality.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the lines of a Java source: all lines, lines of code (neither blank nor only comment), and
 * the extent of each top-level type. A small lexer that knows comments, strings, character literals
 * and text blocks, so that braces and comment markers inside them are not counted; it does not
 * parse Java beyond that.
 */
public final class JavaLines {

    /**
     * A top-level type.
     *
     * @param name      its simple name
     * @param codeLines lines of code from its declaration to its closing brace
     */
    public record Type(String name, int codeLines) {
    }

    /**
     * A file's counts.
     *
     * @param lines     all lines
     * @param codeLines lines of code
     * @param types     its top-level types
     */
    public record Counts(int lines, int codeLines, List<Type> types) {
    }

    private JavaLines() {
    }

    /**
     * Counts {@code source}.
     *
     * @param source a Java compilation unit
     * @return its counts
     */
    public static Counts count(String source) {
        List<Boolean> code = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        boolean lineHasCode = false;
        int depth = 0;
        int typeStart = -1;
        String typeName = null;
        boolean expectName = false;
        char previous = ' ';
        int n = source.length();
        int i = 0;
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                code.add(lineHasCode);
                lineHasCode = false;
                i++;
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                i += 2;
                while (i < n && !(source.charAt(i) == '*' && i + 1 < n && source.charAt(i + 1) == '/')) {
                    if (source.charAt(i) == '\n') {
                        code.add(lineHasCode);
                        lineHasCode = false;
                    }
                    i++;
                }
                i += 2;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            lineHasCode = true;
            if (c == '"' || c == '\'') {
                boolean textBlock = c == '"' && source.startsWith("\"\"\"", i);
                String end = textBlock ? "\"\"\"" : String.valueOf(c);
                i += end.length();
                while (i < n && !source.startsWith(end, i)) {
                    char d = source.charAt(i);
                    if (d == '\\') {
                        i += i + 1 < n && source.charAt(i + 1) == '\n' ? 1 : 2;   // a text block's line continuation
                    } else if (d == '\n') {
                        if (!textBlock) {
                            break;      // an unterminated literal ends at the line
                        }
                        code.add(true);
                        i++;
                    } else {
                        i++;
                    }
                }
                if (i < n && source.startsWith(end, i)) {
                    i += end.length();
                }
                previous = c;
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(source.charAt(i))) {
                    i++;
                }
                String word = source.substring(start, i);
                if (depth == 0) {
                    if (expectName) {
                        typeName = word;
                        expectName = false;
                    } else if (typeName == null && previous != '.' && (word.equals("class") || word.equals("interface")
                            || word.equals("enum") || word.equals("record"))) {
                        expectName = true;
                        typeStart = code.size();
                    }
                }
                previous = 'a';
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
                if (depth == 0 && typeName != null) {
                    code.add(true);     // the closing brace's line, counted up to here
                    int lines = 0;
                    for (int line = typeStart; line < code.size(); line++) {
                        lines += code.get(line) ? 1 : 0;
                    }
                    code.remove(code.size() - 1);
                    types.add(new Type(typeName, lines));
                    typeName = null;
                }
            } else if (c == ';' && depth == 0) {
                expectName = false;
            }
            previous = c;
            i++;
        }
        if (n > 0 && source.charAt(n - 1) != '\n') {
            code.add(lineHasCode);
        }
        int codeLines = (int) code.stream().filter(Boolean::booleanValue).count();
        return new Counts(code.size(), codeLines, types);
    }
}
