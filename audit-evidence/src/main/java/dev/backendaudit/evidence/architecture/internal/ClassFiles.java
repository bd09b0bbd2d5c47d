package dev.backendaudit.evidence.architecture.internal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import dev.backendaudit.evidence.architecture.ClassImportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the class files of a directory or a jar and checks each one's header before ArchUnit reads
 * them: ArchUnit logs and skips a class it cannot read, so a directory written by a newer JDK would
 * otherwise import as nothing, silently. The names listed are compared with what was imported.
 */
public final class ClassFiles {

    /**
     * The newest class file version read: 71 (Java 27), the newest that the ASM inside ArchUnit 1.5
     * accepts ({@code ClassReader} refuses anything above {@code Opcodes.V27}).
     */
    public static final int MAX_CLASS_FILE_VERSION = 71;

    private static final int MAGIC = 0xCAFEBABE;

    /**
     * What one location holds.
     *
     * @param location    the directory or jar
     * @param jar         whether it is a jar
     * @param classNames  binary names of the class files the import options include, e.g. {@code a.b.C$1}
     * @param excluded    class files the import options leave out (tests)
     * @param minVersion  the lowest class file major version seen, 0 with no classes
     * @param maxVersion  the highest class file major version seen, 0 with no classes
     */
    public record Scan(Path location, boolean jar, List<String> classNames, int excluded, int minVersion,
                       int maxVersion) {
        /** Copies the names. */
        public Scan {
            classNames = List.copyOf(classNames);
        }
    }

    private ClassFiles() {
    }

    /**
     * Scans a directory or a jar.
     *
     * @param location a directory of class files or a jar
     * @param options  what the import includes
     * @return what it holds
     * @throws ClassImportException if the location is missing, not a jar, holds no class files the options
     *                              include, or holds a file that is not a class file or is too new
     */
    public static Scan scan(Path location, List<ImportOption> options) {
        if (Files.isDirectory(location)) {
            return scanDirectory(location, options);
        }
        if (Files.isRegularFile(location)) {
            return scanJar(location, options);
        }
        throw new ClassImportException(location + " does not exist: expected a directory of compiled classes"
                + " (such as target/classes) or a jar");
    }

    private static Scan scanDirectory(Path dir, List<ImportOption> options) {
        Header header = new Header();
        List<String> names = new ArrayList<>();
        int excluded = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".class") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ClassImportException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            String relative = dir.relativize(file).toString().replace('\\', '/');
            if (!isClassEntry(relative)) {
                continue;
            }
            if (!included(file.toUri(), options)) {
                excluded++;
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                header.check(in, file.toString());
            } catch (IOException e) {
                throw new ClassImportException("cannot read " + file + ": " + e.getMessage(), e);
            }
            names.add(binaryName(relative));
        }
        return finish(dir, false, names, excluded, header);
    }

    private static Scan scanJar(Path file, List<ImportOption> options) {
        Header header = new Header();
        List<String> names = new ArrayList<>();
        int excluded = 0;
        try (JarFile jar = open(file)) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !isClassEntry(entry.getName())) {
                    continue;
                }
                if (!included(URI.create("jar:" + file.toUri() + "!/" + entry.getName()), options)) {
                    excluded++;
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    header.check(in, file + "!/" + entry.getName());
                }
                names.add(binaryName(entry.getName()));
            }
        } catch (IOException e) {
            throw new ClassImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return finish(file, true, names, excluded, header);
    }

    private static JarFile open(Path file) {
        try {
            return new JarFile(file.toFile());
        } catch (IOException e) {
            throw new ClassImportException(file + " is not a jar (a zip archive of class files): " + e.getMessage(), e);
        }
    }

    private static Scan finish(Path location, boolean jar, List<String> names, int excluded, Header header) {
        if (names.isEmpty()) {
            if (excluded > 0) {
                throw new ClassImportException(location + " holds only test classes (" + excluded + " class files),"
                        + " which are left out: point at the main classes, or include tests");
            }
            throw new ClassImportException(location + " holds no class files (*.class): expected compiled classes;"
                    + " build the project first");
        }
        names.sort(null);
        return new Scan(location, jar, names, excluded, header.min, header.max);
    }

    /** Class files ArchUnit imports as classes: not module or package descriptors, not other releases' copies. */
    private static boolean isClassEntry(String relative) {
        return relative.endsWith(".class") && !relative.startsWith("META-INF/")
                && !relative.endsWith("module-info.class") && !relative.endsWith("package-info.class");
    }

    private static boolean included(URI uri, List<ImportOption> options) {
        Location location = Location.of(uri);
        return options.stream().allMatch(o -> o.includes(location));
    }

    private static String binaryName(String relative) {
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    }

    /** The Java release that writes class files of {@code major} version: 61 is Java 17. */
    public static int javaRelease(int major) {
        return major - 44;
    }

    private static final class Header {
        int min;
        int max;

        void check(InputStream in, String name) throws IOException {
            byte[] bytes = in.readNBytes(8);
            if (bytes.length < 8) {
                throw new ClassImportException(name + " is not a class file: it has " + bytes.length
                        + " bytes, fewer than a class file header's 8");
            }
            int magic = ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
            if (magic != MAGIC) {
                throw new ClassImportException(name + " is not a class file: it must start with 0xCAFEBABE, but starts"
                        + " with 0x" + Integer.toHexString(magic).toUpperCase(Locale.ROOT));
            }
            int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
            if (major > MAX_CLASS_FILE_VERSION) {
                throw new ClassImportException(name + " has class file version " + major + " (Java "
                        + javaRelease(major) + "), newer than the newest this library reads, " + MAX_CLASS_FILE_VERSION
                        + " (Java " + javaRelease(MAX_CLASS_FILE_VERSION) + ")");
            }
            min = min == 0 ? major : Math.min(min, major);
            max = Math.max(max, major);
        }
    }
}
