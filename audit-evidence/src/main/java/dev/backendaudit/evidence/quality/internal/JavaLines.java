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

    private final String source;
    private final int n;
    private final List<Boolean> code = new ArrayList<>();
    private final List<Type> types = new ArrayList<>();
    private int i;
    private boolean lineHasCode;
    private int depth;
    private int typeStart = -1;
    private String typeName;
    private boolean expectName;
    private char previous = ' ';

    private JavaLines(String source) {
        this.source = source;
        this.n = source.length();
    }

    /**
     * Counts {@code source}.
     *
     * @param source a Java compilation unit
     * @return its counts
     */
    public static Counts count(String source) {
        return new JavaLines(source).scan();
    }

    private Counts scan() {
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                endLine(lineHasCode);
                i++;
            } else if (source.startsWith("//", i)) {
                i = lineEnd();
            } else if (source.startsWith("/*", i)) {
                blockComment();
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                lineHasCode = true;
                token(c);
            }
        }
        if (n > 0 && source.charAt(n - 1) != '\n') {
            code.add(lineHasCode);
        }
        int codeLines = (int) code.stream().filter(Boolean::booleanValue).count();
        return new Counts(code.size(), codeLines, types);
    }

    private void token(char c) {
        if (c == '"' || c == '\'') {
            literal(c == '"' && source.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(c));
        } else if (Character.isJavaIdentifierStart(c)) {
            word();
        } else {
            punctuation(c);
            i++;
        }
        previous = Character.isJavaIdentifierStart(c) ? 'a' : c;
    }

    private void endLine(boolean hasCode) {
        code.add(hasCode);
        lineHasCode = false;
    }

    private int lineEnd() {
        int end = source.indexOf('\n', i);
        return end < 0 ? n : end;
    }

    private void blockComment() {
        int end = source.indexOf("*/", i + 2);
        int stop = end < 0 ? n : end + 2;
        for (int at = i; at < stop; at++) {
            if (source.charAt(at) == '\n') {
                endLine(lineHasCode);
            }
        }
        i = stop;
    }

    /** A string, character literal or text block: each of its lines is code; braces in it are not. */
    private void literal(String quote) {
        boolean textBlock = quote.length() == 3;
        i += quote.length();
        while (i < n && !source.startsWith(quote, i)) {
            char d = source.charAt(i);
            if (d == '\\') {
                i += i + 1 < n && source.charAt(i + 1) == '\n' ? 1 : 2;   // a text block's line continuation
            } else if (d == '\n' && !textBlock) {
                return;             // an unterminated literal ends at the line
            } else {
                if (d == '\n') {
                    code.add(true);
                }
                i++;
            }
        }
        i = Math.min(n, i + quote.length());
    }

    /** A word: at depth 0, {@code class}, {@code interface}, {@code enum} or {@code record} and the type's name. */
    private void word() {
        int start = i;
        while (i < n && Character.isJavaIdentifierPart(source.charAt(i))) {
            i++;
        }
        if (depth != 0) {
            return;
        }
        String word = source.substring(start, i);
        if (expectName) {
            typeName = word;
            expectName = false;
        } else if (typeName == null && previous != '.' && isTypeKeyword(word)) {
            expectName = true;
            typeStart = code.size();
        }
    }

    private static boolean isTypeKeyword(String word) {
        return word.equals("class") || word.equals("interface") || word.equals("enum") || word.equals("record");
    }

    private void punctuation(char c) {
        if (c == '{') {
            depth++;
        } else if (c == '}') {
            depth = Math.max(0, depth - 1);
            if (depth == 0 && typeName != null) {
                endType();
            }
        } else if (c == ';' && depth == 0) {
            expectName = false;
        }
    }

    /** The type ends on this line, whose code flag is not recorded yet: it holds the brace, so it is code. */
    private void endType() {
        int lines = 1;
        for (int line = typeStart; line < code.size(); line++) {
            lines += code.get(line) ? 1 : 0;
        }
        types.add(new Type(typeName, lines));
        typeName = null;
    }
}
