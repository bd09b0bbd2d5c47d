package dev.backendaudit.evidence.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassImportBadInputTest {

    @TempDir
    Path dir;

    Path twoClasses() throws Exception {
        return JavaSources.compile(dir.resolve("classes"), Map.of(
                "app.a.A", JavaSources.type("app.a.A", "app.b.B b;"), "app.b.B", JavaSources.type("app.b.B", "")));
    }

    @Test
    void should_refuse_a_jar_that_is_not_a_jar() throws Exception {
        // GIVEN
        Path jar = Files.writeString(dir.resolve("app.jar"), "<html>404 Not Found</html>");
        // WHEN / THEN
        assertThatThrownBy(() -> CompiledClasses.analyze(ClassesOptions.of(jar)))
                .isInstanceOf(ClassImportException.class)
                .hasMessage(jar + " is not a jar (a zip archive of class files): zip END header not found");
    }

    @Test
    void should_refuse_an_empty_class_directory() throws Exception {
        // GIVEN
        Path empty = Files.createDirectories(dir.resolve("target/classes"));
        Files.writeString(empty.resolve("application.yml"), "server.port: 8080\n");
        // WHEN / THEN
        assertThatThrownBy(() -> CompiledClasses.analyze(ClassesOptions.of(empty)))
                .isInstanceOf(ClassImportException.class)
                .hasMessage(empty + " holds no class files (*.class): expected compiled classes; build the project first");
    }

    @Test
    void should_refuse_a_location_that_does_not_exist() {
        Path missing = dir.resolve("build/classes/java/main");
        assertThatThrownBy(() -> CompiledClasses.analyze(ClassesOptions.of(missing)))
                .isInstanceOf(ClassImportException.class)
                .hasMessage(missing + " does not exist: expected a directory of compiled classes (such as"
                        + " target/classes) or a jar");
    }

    @Test
    void should_refuse_classes_a_newer_jdk_wrote_which_archunit_would_skip_silently() throws Exception {
        // GIVEN a class file whose version says Java 28 (72)
        Path classes = twoClasses();
        Path newer = classes.resolve("app/b/B.class");
        byte[] bytes = Files.readAllBytes(newer);
        bytes[6] = 0;
        bytes[7] = 72;
        Files.write(newer, bytes);
        // THEN ArchUnit alone logs and skips it: the class would be missing from every measure
        assertThat(new ClassFileImporter().importPath(classes).contain("app.b.B")).isFalse();
        // WHEN / THEN
        assertThatThrownBy(() -> CompiledClasses.analyze(ClassesOptions.of(classes)))
                .isInstanceOf(ClassImportException.class)
                .hasMessage(newer + " has class file version 72 (Java 28), newer than the newest this library reads,"
                        + " 71 (Java 27)");
    }

    @Test
    void should_read_the_newest_class_file_version_archunit_reads() throws Exception {
        // GIVEN class files that say Java 27 (71)
        Path classes = twoClasses();
        for (String name : new String[] {"app/a/A.class", "app/b/B.class"}) {
            byte[] bytes = Files.readAllBytes(classes.resolve(name));
            bytes[7] = 71;
            Files.write(classes.resolve(name), bytes);
        }
        // WHEN
        ArchitectureReport report = CompiledClasses.analyze(ClassesOptions.of(classes));
        // THEN
        assertThat(report.classes()).isEqualTo(2);
        assertThat(report.classFileVersions()).isEqualTo("71");
    }

    @Test
    void should_refuse_a_file_that_is_not_a_class_file() throws Exception {
        // GIVEN
        Path classes = twoClasses();
        Path text = Files.writeString(classes.resolve("app/a/Notes.class"), "not bytecode at all");
        // WHEN / THEN
        assertThatThrownBy(() -> CompiledClasses.analyze(ClassesOptions.of(classes)))
                .isInstanceOf(ClassImportException.class)
                .hasMessage(text + " is not a class file: it must start with 0xCAFEBABE, but starts with 0x6E6F7420");
    }

    @Test
    void should_refuse_classes_that_archunit_could_not_import() throws Exception {
        // GIVEN a class file with a valid header and a damaged body
        Path classes = twoClasses();
        Path damaged = classes.resolve("app/b/B.class");
        byte[] bytes = Files.readAllBytes(damaged);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, 20));
        // WHEN / THEN
        assertThatThrownBy(() -> CompiledClasses.analyze(ClassesOptions.of(classes)))
                .isInstanceOf(ClassImportException.class)
                .hasMessage("1 of the 2 class files in " + classes + " could not be imported (first: app/b/B.class): the"
                        + " class files are damaged or not what their header says; nothing was measured");
    }

    @Test
    void should_check_every_class_file_inside_a_jar() throws Exception {
        // GIVEN a jar with a class file of Java 28
        Path classes = twoClasses();
        byte[] bytes = Files.readAllBytes(classes.resolve("app/a/A.class"));
        bytes[7] = 72;
        Files.write(classes.resolve("app/a/A.class"), bytes);
        Path jar = JavaSources.jar(classes, dir.resolve("app.jar"));
        // WHEN / THEN
        assertThatThrownBy(() -> CompiledClasses.analyze(ClassesOptions.of(jar)))
                .isInstanceOf(ClassImportException.class)
                .hasMessage(jar + "!/app/a/A.class has class file version 72 (Java 28), newer than the newest this"
                        + " library reads, 71 (Java 27)");
    }

    @Test
    void should_name_the_option_and_the_value_of_bad_options() {
        assertThatThrownBy(() -> ClassesOptions.of(dir).maxCycles(0))
                .hasMessage("maximum cycles must be >= 1, but was 0");
        assertThatThrownBy(() -> ClassesOptions.of(java.util.List.of()))
                .hasMessage("class locations must name at least one directory or jar, but were empty");
        assertThatThrownBy(() -> Components.belowRoot(0))
                .hasMessage("component depth below the root package must be >= 1, but was 0");
        assertThatThrownBy(() -> Components.byPrefix(Map.of("com.acme..orders", "orders")))
                .hasMessage("component mapping prefix must be a package name such as com.acme.orders, but was"
                        + " 'com.acme..orders'");
        assertThatThrownBy(() -> Components.byPrefix(Map.of("com.acme.orders", " ")))
                .hasMessage("component mapping name for prefix com.acme.orders must not be blank, but was ' '");
        assertThatThrownBy(() -> Components.byPrefix(Map.of()))
                .hasMessage("component mapping must map at least one package prefix, but was empty");
    }
}
