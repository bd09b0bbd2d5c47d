package dev.backendaudit.evidence.quality.internal;

import dev.backendaudit.evidence.quality.MethodComplexity;
import dev.backendaudit.evidence.quality.ReportReadException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one JaCoCo XML report (the {@code report.dtd} 1.1 schema that {@code jacoco:report} and
 * {@code XMLFormatter} write) with {@link SecureXml}, strictly: an element the schema does not have
 * where it stands, an unknown counter type or a count that is not a number fails with the file and
 * position. The whole file is read before anything is returned.
 */
public final class JacocoXml {

    private static final String JACOCO_DTD = "\"-//JACOCO//DTD Report 1.1//EN\"";
    private static final Set<String> COUNTERS = Set.of("INSTRUCTION", "BRANCH", "LINE", "COMPLEXITY", "METHOD", "CLASS");
    private static final Map<String, Set<String>> CHILDREN = Map.of(
            "report", Set.of("sessioninfo", "group", "package", "counter"),
            "group", Set.of("group", "package", "counter"),
            "package", Set.of("class", "sourcefile", "counter"),
            "class", Set.of("method", "counter"),
            "method", Set.of("counter"),
            "sourcefile", Set.of("line", "counter"),
            "sessioninfo", Set.of(),
            "counter", Set.of(),
            "line", Set.of());

    /**
     * One class's counters.
     *
     * @param name          the class, dotted
     * @param linesMissed   LINE missed
     * @param linesCovered  LINE covered
     * @param branchMissed  BRANCH missed
     * @param branchCovered BRANCH covered
     * @param methods       its methods' complexity
     */
    public record ClassCoverage(String name, long linesMissed, long linesCovered, long branchMissed, long branchCovered,
                                List<MethodComplexity> methods) {
    }

    /**
     * A report, read whole.
     *
     * @param file     the file
     * @param name     the report's name attribute (the project or module, as the writer named it)
     * @param classes  its classes in document order, by name
     * @param lastDump the latest session dump time recorded, if any
     */
    public record Parsed(Path file, String name, Map<String, ClassCoverage> classes, Optional<Instant> lastDump) {
    }

    private final Path file;
    private final XMLStreamReader xml;
    private final Deque<String> open = new ArrayDeque<>();
    private final Map<String, ClassCoverage> classes = new LinkedHashMap<>();
    private String reportName;
    private Instant lastDump;
    private String className;
    private long[] lines = new long[4];
    private List<MethodComplexity> methods = new ArrayList<>();
    private String methodName;
    private String methodDesc;
    private Optional<Integer> methodLine = Optional.empty();
    private int methodComplexity = -1;

    private JacocoXml(Path file, XMLStreamReader xml) {
        this.file = file;
        this.xml = xml;
    }

    /**
     * Reads {@code file}.
     *
     * @param file a JaCoCo XML report
     * @return the report
     * @throws ReportReadException if it is malformed, of another schema, or cannot be read
     */
    public static Parsed read(Path file) {
        return SecureXml.read(file, xml -> new JacocoXml(file, xml).parse());
    }

    private Parsed parse() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                checkDocumentType();
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ReportReadException(SecureXml.position(file, xml.getLocation()) + ": entity reference &"
                        + xml.getLocalName() + "; is not resolved: a JaCoCo report has none");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(open.pop());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml.getLocalName());
            }
        }
        if (reportName == null) {
            throw new ReportReadException(file + ": expected a JaCoCo XML report (root element <report>), but the file"
                    + " holds no element");
        }
        return new Parsed(file, reportName, classes, Optional.ofNullable(lastDump));
    }

    /** JaCoCo declares its report.dtd, which SecureXml neither loads nor applies; any other is refused. */
    private void checkDocumentType() {
        String declaration = xml.getText();
        if (!declaration.contains(JACOCO_DTD) || declaration.contains("[")) {
            throw new ReportReadException(SecureXml.position(file, xml.getLocation()) + ": declares the document"
                    + " type " + declaration.strip() + ", but a JaCoCo report declares only " + JACOCO_DTD
                    + " (document types are never loaded, nor their entities resolved)");
        }
    }

    private void start(String element) {
        if (open.isEmpty()) {
            if (!element.equals("report")) {
                throw new ReportReadException(SecureXml.position(file, xml.getLocation()) + ": expected a JaCoCo XML"
                        + " report (root element <report>), but the root element is <" + element + ">");
            }
            reportName = required(file, xml, "name");
        } else if (!CHILDREN.get(open.peek()).contains(element)) {
            throw new ReportReadException(SecureXml.position(file, xml.getLocation()) + ": unexpected element <"
                    + element + "> in <" + open.peek() + ">: not a JaCoCo XML report (report.dtd 1.1)");
        }
        String parent = open.isEmpty() ? "" : open.peek();
        open.push(element);
        switch (element) {
            case "sessioninfo" -> {
                Instant dump = Instant.ofEpochMilli(number(file, xml, "dump"));
                lastDump = lastDump == null || dump.isAfter(lastDump) ? dump : lastDump;
            }
            case "class" -> {
                className = required(file, xml, "name").replace('/', '.');
                lines = new long[4];
                methods = new ArrayList<>();
            }
            case "method" -> {
                methodName = required(file, xml, "name");
                methodDesc = required(file, xml, "desc");
                methodLine = xml.getAttributeValue(null, "line") == null ? Optional.empty()
                        : Optional.of((int) number(file, xml, "line"));
                methodComplexity = -1;
            }
            case "counter" -> counter(parent);
            default -> {
                // group, package, sourcefile, line: structure only
            }
        }
    }

    private void counter(String parent) {
        String type = required(file, xml, "type");
        if (!COUNTERS.contains(type)) {
            throw new ReportReadException(SecureXml.position(file, xml.getLocation()) + ": counter type must be"
                    + " one of [INSTRUCTION, BRANCH, LINE, COMPLEXITY, METHOD, CLASS], but was '" + type + "'");
        }
        long missed = number(file, xml, "missed");
        long covered = number(file, xml, "covered");
        if (parent.equals("method") && type.equals("COMPLEXITY")) {
            methodComplexity = Math.toIntExact(missed + covered);
        } else if (parent.equals("class") && (type.equals("LINE") || type.equals("BRANCH"))) {
            int at = type.equals("LINE") ? 0 : 2;
            lines[at] = missed;
            lines[at + 1] = covered;
        }
    }

    private void end(String element) {
        if (element.equals("method")) {
            if (methodComplexity < 1) {
                throw new ReportReadException(file + ": method " + className + "." + methodName + methodDesc
                        + " must have a COMPLEXITY counter of at least 1, but has none");
            }
            methods.add(new MethodComplexity(className, methodName, methodDesc, methodLine, methodComplexity));
        } else if (element.equals("class")) {
            classes.putIfAbsent(className, new ClassCoverage(className, lines[0], lines[1], lines[2], lines[3],
                    List.copyOf(methods)));
        }
    }

    private static String required(Path file, XMLStreamReader xml, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null) {
            throw new ReportReadException(SecureXml.position(file, xml.getLocation()) + ": <" + xml.getLocalName()
                    + "> must have the attribute " + attribute + ", but has none");
        }
        return value;
    }

    private static long number(Path file, XMLStreamReader xml, String attribute) {
        String value = required(file, xml, attribute);
        try {
            long number = Long.parseLong(value);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ReportReadException(SecureXml.position(file, xml.getLocation()) + ": <" + xml.getLocalName() + "> "
                    + attribute + " must be a whole number >= 0, but was '" + value + "'");
        }
    }
}
