package dev.backendaudit.evidence.architecture;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Test data: Java sources compiled with the JDK's compiler, and jars of class directories. */
public final class JavaSources {

    private JavaSources() {
    }

    /**
     * Compiles {@code sources} (binary class name to source text) into {@code classes}.
     */
    public static Path compile(Path classes, Map<String, String> sources, Path... classPath) throws IOException {
        Path src = Files.createTempDirectory("sources");
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-nowarn", "-proc:none", "-g"));
        if (classPath.length > 0) {
            args.add("-cp");
            args.add(String.join(java.io.File.pathSeparator, java.util.Arrays.stream(classPath).map(Path::toString).toList()));
        }
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        int status = compiler.run(null, null, new java.io.PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }), args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("test sources do not compile: " + errors);
        }
        return classes;
    }

    /** A class {@code name} (binary name) with {@code body} inside its braces. */
    public static String type(String name, String body) {
        int dot = name.lastIndexOf('.');
        return "package " + name.substring(0, dot) + ";\npublic class " + name.substring(dot + 1) + " {\n" + body + "\n}\n";
    }

    /** Packs a class directory into a jar. */
    public static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }
}
