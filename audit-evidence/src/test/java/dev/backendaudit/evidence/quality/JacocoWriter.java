package dev.backendaudit.evidence.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.xml.XMLFormatter;

/**
 * Test data written by JaCoCo itself: classes instrumented with JaCoCo's {@link Instrumenter}, run,
 * analysed with its {@link Analyzer} and written with its {@link XMLFormatter}, the code behind
 * {@code jacoco:report}.
 */
public final class JacocoWriter {

    private JacocoWriter() {
    }

    /** Runs {@code run} (static no-argument methods of {@code className}) on instrumented classes and writes the report. */
    public static IBundleCoverage runAndReport(Path classes, String className, String[] run, Path xml) throws Exception {
        LoggerRuntime runtime = new LoggerRuntime();
        Instrumenter instrumenter = new Instrumenter(runtime);
        RuntimeData data = new RuntimeData();
        runtime.startup(data);
        Map<String, byte[]> instrumented = new java.util.HashMap<>();
        try (var files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try (InputStream in = Files.newInputStream(file)) {
                    instrumented.put(name, instrumenter.instrument(in, name));
                }
            }
        }
        ClassLoader loader = new ClassLoader(JacocoWriter.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = instrumented.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        Class<?> target = loader.loadClass(className);
        for (String method : run) {
            Method m = target.getMethod(method);
            m.invoke(null);
        }
        ExecutionDataStore executionData = new ExecutionDataStore();
        SessionInfoStore sessions = new SessionInfoStore();
        data.collect(executionData, sessions, false);
        runtime.shutdown();
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(executionData, builder).analyzeAll(classes.toFile());
        IBundleCoverage bundle = builder.getBundle("shop");
        write(bundle, sessions, executionData, xml);
        return bundle;
    }

    /** Analyses {@code jar} without running anything and writes the report. */
    public static IBundleCoverage analyzeAndReport(Path jar, String name, Path xml) throws IOException {
        CoverageBuilder builder = new CoverageBuilder();
        ExecutionDataStore executionData = new ExecutionDataStore();
        try (InputStream in = Files.newInputStream(jar)) {
            new Analyzer(executionData, builder).analyzeAll(in, jar.toString());
        }
        IBundleCoverage bundle = builder.getBundle(name);
        write(bundle, new SessionInfoStore(), executionData, xml);
        return bundle;
    }

    private static void write(IBundleCoverage bundle, SessionInfoStore sessions, ExecutionDataStore executionData,
                              Path xml) throws IOException {
        try (OutputStream out = Files.newOutputStream(xml)) {
            IReportVisitor visitor = new XMLFormatter().createVisitor(out);
            visitor.visitInfo(sessions.getInfos(), executionData.getContents());
            visitor.visitBundle(bundle, null);
            visitor.visitEnd();
        }
    }
}
