package dev.backendaudit.evidence.git.internal;

import dev.backendaudit.evidence.git.CouplingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts repository paths: generated and lock files (by the configured globs), production source,
 * tests, CI/build/configuration files and the rest; and names the class a test file tests.
 */
public final class FileKinds {

    /** What a path is. */
    public enum Kind { SOURCE, TEST, CONFIGURATION, OTHER }

    private static final Set<String> SOURCE_EXTENSIONS = Set.of("java", "kt", "scala", "groovy", "clj", "go", "py",
            "js", "jsx", "mjs", "ts", "tsx", "rb", "cs", "fs", "vb", "c", "cc", "cpp", "cxx", "h", "hh", "hpp", "rs",
            "swift", "m", "mm", "php", "dart", "ex", "exs", "erl", "lua", "pl", "r", "sql", "vue", "svelte");
    private static final Set<String> CONFIGURATION_EXTENSIONS = Set.of("yml", "yaml", "properties", "toml", "ini",
            "cfg", "conf", "gradle", "kts", "json", "xml", "sh", "bat", "cmd", "ps1", "mk", "cmake", "tf", "hcl",
            "lock", "env");
    private static final Set<String> CONFIGURATION_NAMES = Set.of("pom.xml", "jenkinsfile", "makefile", "dockerfile",
            "gradlew", "mvnw", "build.sbt", ".gitignore", ".gitattributes", ".editorconfig", "codeowners",
            "procfile", "vagrantfile", "rakefile", "gemfile", "cargo.toml", "go.mod", "package.json", "setup.py",
            "requirements.txt", "pyproject.toml", "tsconfig.json");
    private static final Pattern TEST_DIRECTORY = Pattern.compile(
            "(^|/)(src/(test|it|intTest|integrationTest|testFixtures)[^/]*|tests?|__tests__|spec|specs)/");
    /** A test file's name and the class it tests: FooTest, FooTests, FooIT, FooSpec, FooTestCase, TestFoo, foo_test, test_foo, foo.test, foo.spec. */
    private static final List<Pattern> TEST_NAMES = List.of(
            Pattern.compile("^(?<subject>.+?)(Tests?|IT|ITCase|Spec|TestCase|Suite)$"),
            Pattern.compile("^Test(?<subject>[A-Z].*)$"),
            Pattern.compile("^(?<subject>.+?)[_.-](test|spec)$"),
            Pattern.compile("^test_(?<subject>.+)$"));

    /** Every name glob as one regular expression, and every path glob as another: one match per path. */
    private final Pattern byName;
    private final Pattern byPath;

    /**
     * Kinds with these globs of generated files: without '/' a glob matches the file name, with '/' the whole
     * path; {@code *} and {@code ?} stay within a directory, {@code **} crosses them, and a leading {@code **}/
     * also matches at the top.
     */
    public FileKinds(List<String> generatedGlobs) {
        List<String> names = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String glob : generatedGlobs) {
            (glob.contains("/") ? paths : names).add(regex(glob));
        }
        byName = names.isEmpty() ? null : Pattern.compile(String.join("|", names));
        byPath = paths.isEmpty() ? null : Pattern.compile(String.join("|", paths));
    }

    /** A glob as a regular expression. */
    static String regex(String glob) {
        StringBuilder regex = new StringBuilder("(?:");
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.append(')').toString();
    }

    /** Whether a glob marks the path as generated or a lock file. */
    public boolean generated(String path) {
        return byName != null && byName.matcher(name(path)).matches()
                || byPath != null && byPath.matcher(path).matches();
    }

    /** What the path is. */
    public static Kind kind(String path) {
        String name = name(path).toLowerCase(Locale.ROOT);
        String extension = extension(name);
        if (path.startsWith(".github/") || path.startsWith(".circleci/") || path.startsWith(".gitlab")
                || path.startsWith(".buildkite/") || path.startsWith(".mvn/") || path.startsWith("gradle/")
                || path.startsWith(".ci/") || name.equals(".travis.yml") || name.startsWith("azure-pipelines")
                || CONFIGURATION_NAMES.contains(name) || CONFIGURATION_EXTENSIONS.contains(extension)) {
            return Kind.CONFIGURATION;
        }
        if (!SOURCE_EXTENSIONS.contains(extension)) {
            return Kind.OTHER;
        }
        return TEST_DIRECTORY.matcher(path).find() || testSubject(path) != null ? Kind.TEST : Kind.SOURCE;
    }

    /** The class a test file is named after ({@code FooTests.java} tests {@code Foo}), or null. */
    static String testSubject(String path) {
        String stem = stem(path);
        for (Pattern pattern : TEST_NAMES) {
            Matcher matcher = pattern.matcher(stem);
            if (matcher.matches()) {
                return matcher.group("subject");
            }
        }
        return null;
    }

    /** What a pair of files is, for coupling. */
    public static CouplingKind pair(String a, String b) {
        Kind ka = kind(a);
        Kind kb = kind(b);
        if (ka == Kind.SOURCE && kb == Kind.SOURCE) {
            return CouplingKind.PRODUCTION;
        }
        if (ka == Kind.CONFIGURATION || kb == Kind.CONFIGURATION) {
            return CouplingKind.CI_OR_CONFIGURATION;
        }
        if (ka == Kind.TEST && kb == Kind.SOURCE && stem(b).equals(testSubject(a))
                || kb == Kind.TEST && ka == Kind.SOURCE && stem(a).equals(testSubject(b))) {
            return CouplingKind.CLASS_AND_TEST;
        }
        return CouplingKind.OTHER;
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String stem(String path) {
        String name = name(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
