package dev.backendaudit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules every published module's public surface follows, shared by each module's own test: the module
 * descriptor exports exactly the API packages (an {@code internal} package not at all, or only to named sibling
 * modules), and no public member of an API package exposes an internal type.
 */
public final class PublicSurface {

    /** The modules of this project, which alone may be the targets of a qualified export. */
    public static final Set<String> MODULES = Set.of("dev.backendaudit.core", "dev.backendaudit.dsl",
            "dev.backendaudit.evidence", "dev.backendaudit.report", "dev.backendaudit.test");

    private PublicSurface() {
    }

    /** The descriptor of the module compiled into {@code classes} (a module's {@code target/classes}). */
    public static ModuleDescriptor descriptor(Path classes) {
        List<ModuleReference> found = List.copyOf(ModuleFinder.of(classes).findAll());
        assertThat(found).as("modules compiled into %s", classes).hasSize(1);
        return found.get(0).descriptor();
    }

    /**
     * Checks that the module in {@code classes} is named {@code name}, exports every package without an
     * {@code internal} segment to everyone, and exports an internal package, if at all, to sibling modules only.
     */
    public static void checkExports(Path classes, String name) {
        ModuleDescriptor module = descriptor(classes);
        assertThat(module.name()).as("the module's name, which users write in their requires").isEqualTo(name);
        Set<String> api = module.packages().stream().filter(p -> !isInternal(p))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> exportedToAll = module.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        assertThat(exportedToAll).as("the packages %s exports to everyone: its API packages, exactly", name)
                .isEqualTo(api);
        module.exports().stream().filter(ModuleDescriptor.Exports::isQualified).forEach(e -> {
            assertThat(isInternal(e.source())).as("%s is exported to some modules only, so it must be internal",
                    e.source()).isTrue();
            assertThat(MODULES).as("the modules %s is exported to", e.source()).containsAll(e.targets());
            assertThat(e.targets()).as("the modules %s is exported to", e.source()).doesNotContain(name);
        });
        assertThat(module.opens()).as("the packages %s opens: each to named modules only", name)
                .allMatch(ModuleDescriptor.Opens::isQualified);
    }

    /** The classes of {@code packageRoot} compiled from main sources, as ArchUnit sees them. */
    public static JavaClasses mainClasses(String packageRoot) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packageRoot);
    }

    /** No public method, constructor or field of a public API class names an internal type in its signature. */
    public static List<ArchRule> noInternalTypesInPublicSignatures() {
        DescribedPredicate<JavaClass> publicApi = new DescribedPredicate<>("public classes of API packages") {
            @Override
            public boolean test(JavaClass owner) {
                return owner.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                        && !isInternal(owner.getPackageName());
            }
        };
        ArchCondition<JavaCodeUnit> codeUnitCondition = new ArchCondition<>("not name an internal type") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream())
                        .filter(type -> isInternal(type.getPackageName()))
                        .forEach(type -> events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                                + " names the internal type " + type.getName())));
            }
        };
        ArchCondition<JavaField> fieldCondition = new ArchCondition<>("not be of an internal type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                if (isInternal(field.getRawType().getPackageName())) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is of the internal type "
                            + field.getRawType().getName()));
                }
            }
        };
        return List.of(
                codeUnits().that().arePublic().and().areDeclaredInClassesThat(publicApi).should(codeUnitCondition)
                        .because("users see API types only; an internal type may change in any release")
                        .allowEmptyShould(true),
                fields().that().arePublic().and().areDeclaredInClassesThat(publicApi).should(fieldCondition)
                        .because("users see API types only; an internal type may change in any release")
                        .allowEmptyShould(true));
    }

    /** Whether {@code packageName} has an {@code internal} segment. */
    public static boolean isInternal(String packageName) {
        return List.of(packageName.split("\\.")).contains("internal");
    }
}
