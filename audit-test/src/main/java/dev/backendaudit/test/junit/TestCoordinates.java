package dev.backendaudit.test.junit;

import dev.backendaudit.report.json.internal.StoredNames;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which test an audit ran in: its class, method and, for a repeated, parameterized or dynamic test, the
 * invocation. It names the test's report files, so that two tests never write the same one, and the
 * command that runs the test again.
 *
 * @param testClass  the test class
 * @param method     the test method's name, if the run belongs to one
 * @param invocation the invocation's number within a test template or factory, if any
 */
record TestCoordinates(Class<?> testClass, Optional<String> method, Optional<Integer> invocation) {

    private static final Pattern INVOCATION = Pattern.compile("\\[(?:test-template-invocation|dynamic-test):#(\\d+)]$");

    /** The coordinates of the test {@code context} belongs to. */
    static TestCoordinates of(ExtensionContext context) {
        Matcher matcher = INVOCATION.matcher(context.getUniqueId());
        return new TestCoordinates(context.getRequiredTestClass(), context.getTestMethod().map(m -> m.getName()),
                matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty());
    }

    /**
     * The file name of the report on {@code subject}:
     * {@code <class>.<method>[<invocation>]--<subject>.txt}. Class and method names cannot hold "--", and
     * every part is encoded so that no two tests or subjects share a name on any file system.
     */
    String reportFileName(String subject) {
        StringBuilder name = new StringBuilder(safe(testClass.getName()));
        method.ifPresent(m -> name.append('.').append(safe(m)));
        invocation.ifPresent(i -> name.append('[').append(i).append(']'));
        return name.append("--").append(StoredNames.encode(subject)).append(".txt").toString();
    }

    /** The test's name as people read it: {@code CheckoutServiceAuditTest#stays_healthy}. */
    String displayName() {
        return localClassName() + method.map(m -> "#" + m).orElse("");
    }

    /** The commands that run this test again with Maven and with Gradle. */
    String rerunCommands() {
        String maven = "mvn test -Dtest='" + displayName() + "' -D" + AuditRun.CI_PARAMETER + "=false";
        // Gradle does not hand its own -D to the test JVM; the environment reaches it
        String gradle = "CI=false gradle test --tests '" + testClass.getName().replace('$', '.')
                + method.map(m -> "." + m).orElse("") + "'";
        return maven + "   (Maven, in the module's directory)\n" + gradle + "   (Gradle)";
    }

    private String localClassName() {
        String name = testClass.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Letters, digits, '_', '$' and '.' as they are; anything else as %XX of its UTF-8 bytes. */
    private static String safe(String identifier) {
        StringBuilder safe = new StringBuilder();
        for (byte b : identifier.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                    || c == '.') {
                safe.append(c);
            } else {
                safe.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return safe.toString();
    }
}
