package dev.backendaudit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.Question;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A grammar without nulls: every clause that takes a note has a twin without it that gives the same
 * answer with no note, opposite answers come in the same forms, and a null note is refused naming the
 * clause and the form to use instead. Found by reflection over the grammar, so a clause added later is
 * held to the same rules.
 */
class NoteFormsTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    /** Each area's clause, and how a sentence runs a function of it. */
    private static final Map<Class<?>, java.util.function.BiFunction<AuditStep, UnaryOperator<Object>, AuditStep>> AREAS =
            Map.of(
                    ArchitectureClause.class, (s, f) -> s.architecture(a -> (ArchitectureClause) f.apply(a)),
                    PerformanceClause.class, (s, f) -> s.performance(p -> (PerformanceClause) f.apply(p)),
                    ScalabilityClause.class, (s, f) -> s.scalability(x -> (ScalabilityClause) f.apply(x)),
                    CodeQualityClause.class, (s, f) -> s.codeQuality(c -> (CodeQualityClause) f.apply(c)),
                    DeploymentClause.class, (s, f) -> s.deployment(d -> (DeploymentClause) f.apply(d)),
                    MonitoringClause.class, (s, f) -> s.monitoring(m -> (MonitoringClause) f.apply(m)),
                    AuditStep.class, (s, f) -> (AuditStep) f.apply(s));

    /** A grammar method that takes a note, on the grammar type that offers it. */
    record Noted(Class<?> type, Method method) {
        @Override
        public String toString() {
            return type.getSimpleName() + "." + method.getName() + Arrays.toString(method.getParameterTypes());
        }
    }

    private static boolean takesANote(Method method) {
        Parameter[] parameters = method.getParameters();
        return parameters.length > 0 && parameters[parameters.length - 1].getType() == String.class
                && Set.of("note", "which").contains(parameters[parameters.length - 1].getName());
    }

    static List<Noted> noted() {
        return AREAS.keySet().stream()
                .flatMap(type -> Arrays.stream(type.getMethods()).filter(NoteFormsTest::takesANote)
                        .map(method -> new Noted(type, method)))
                .sorted(java.util.Comparator.comparing(Noted::toString))
                .toList();
    }

    private static Method twin(Noted noted) {
        Class<?>[] types = noted.method().getParameterTypes();
        try {
            return noted.type().getMethod(noted.method().getName(), Arrays.copyOf(types, types.length - 1));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(noted + " has no form without its note", e);
        }
    }

    /** Arguments for {@code method}: a question, a choice, a yes/no answer, and {@code note} last if it takes one. */
    private static Object[] arguments(Method method, boolean yes, String note) {
        Class<?>[] types = method.getParameterTypes();
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == Question.class) {
                arguments.add(Questions.ALERTING);
            } else if (types[i] == boolean.class) {
                arguments.add(yes);
            } else if (i == types.length - 1 && takesANote(method)) {
                arguments.add(note);
            } else {
                arguments.add(yes ? "yes" : "no");   // the choice of answered(question, choice, ...)
            }
        }
        return arguments.toArray();
    }

    private static Audit run(Class<?> type, Method method, Object[] arguments) {
        AuditStep start = BackendAudit.of("x").at(AT);
        return AREAS.get(type).apply(start, clause -> {
            try {
                return method.invoke(clause, arguments);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new AssertionError(e.getCause());
            }
        }).audit();
    }

    private static Answer answer(Audit audit) {
        List<Answer> answers = audit.evidence().stream().filter(Answer.class::isInstance).map(Answer.class::cast).toList();
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }

    @Test
    void should_find_every_clause_that_takes_a_note() {
        // the grammar compiled with -parameters, so the note is found by name: 2 answered forms at the top,
        // 2 in every area, and the area's own answers (architecture 5, performance 2, scalability 5,
        // code quality 6, deployment 2, monitoring 3)
        Set<String> declared = noted().stream().map(n -> n.method().getDeclaringClass().getSimpleName() + "."
                + n.method().getName()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(noted()).hasSize(2 + 6 * 2 + 5 + 2 + 5 + 6 + 2 + 3);
        assertThat(declared).contains("AuditStep.answered", "AreaClause.answered", "MonitoringClause.alertingOnFailure",
                "ScalabilityClause.singlePointOfFailure", "ScalabilityClause.noSinglePointOfFailure",
                "ArchitectureClause.modular", "ArchitectureClause.tightlyCoupled");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noted")
    void should_give_the_same_answer_without_the_note(Noted noted) {
        Method twin = twin(noted);
        for (boolean yes : new boolean[] {true, false}) {
            // GIVEN the form with a note and the form without
            Answer with = answer(run(noted.type(), noted.method(), arguments(noted.method(), yes, "why")));
            Answer without = answer(run(noted.type(), twin, arguments(twin, yes, null)));
            // THEN they answer alike, and only the first has the note
            assertThat(without.question()).isEqualTo(with.question());
            assertThat(without.choice()).isEqualTo(with.choice());
            assertThat(with.note()).contains("why");
            assertThat(without.note()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noted")
    void should_refuse_a_null_note_naming_the_clause_and_the_form_without_it(Noted noted) {
        Throwable thrown = catchThrowable(() -> run(noted.type(), noted.method(), arguments(noted.method(), true, null)));
        assertThat(thrown).isInstanceOf(NullPointerException.class)
                .hasMessageContaining(noted.method().getName() + "(")
                .hasMessageContaining("null): note must not be null; to give no note, leave it out: "
                        + noted.method().getName() + "(");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noted")
    void should_refuse_a_blank_note(Noted noted) {
        assertThatThrownBy(() -> run(noted.type(), noted.method(), arguments(noted.method(), true, " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(noted.method().getName() + "(")
                .hasMessageContaining("note must not be blank");
    }

    @Test
    void should_offer_opposite_answers_in_the_same_forms() {
        List<List<String>> opposites = List.of(List.of("modular", "tightlyCoupled"),
                List.of("scalesAutomatically", "scaledByHand"), List.of("singlePointOfFailure", "noSinglePointOfFailure"));
        for (List<String> pair : opposites) {
            Set<List<Class<?>>> forms = Stream.of(ArchitectureClause.class, ScalabilityClause.class)
                    .flatMap(type -> Arrays.stream(type.getMethods())).filter(m -> m.getName().equals(pair.get(0)))
                    .map(m -> List.<Class<?>>of(m.getParameterTypes())).collect(Collectors.toSet());
            Set<List<Class<?>>> opposite = Stream.of(ArchitectureClause.class, ScalabilityClause.class)
                    .flatMap(type -> Arrays.stream(type.getMethods())).filter(m -> m.getName().equals(pair.get(1)))
                    .map(m -> List.<Class<?>>of(m.getParameterTypes())).collect(Collectors.toSet());
            assertThat(opposite).as("forms of %s and %s", pair.get(0), pair.get(1)).isEqualTo(forms)
                    .containsExactlyInAnyOrder(List.of(), List.of(String.class));
        }
    }

    @Test
    void should_name_the_clause_and_the_form_without_the_note_word_for_word() {
        assertThatThrownBy(() -> BackendAudit.of("x").monitoring(m -> m.alertingOnFailure(true, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("monitoring.alertingOnFailure(true, null): note must not be null; to give no note, leave it"
                        + " out: alertingOnFailure(true)");
        assertThatThrownBy(() -> BackendAudit.of("x").scalability(s -> s.singlePointOfFailure(null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("scalability.singlePointOfFailure(null): note must not be null; to give no note, leave it"
                        + " out: singlePointOfFailure()");
        assertThatThrownBy(() -> BackendAudit.of("x").answered(Questions.ALERTING, true, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("answered(monitoring.alerting, true, null): note must not be null; to give no note, leave"
                        + " it out: answered(monitoring.alerting, true)");
        assertThatThrownBy(() -> BackendAudit.of("x").performance(p -> p.answered(Questions.KNOWN_BOTTLENECKS, "yes",
                null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("performance.answered(performance.known-bottlenecks, \"yes\", null): note must not be null;"
                        + " to give no note, leave it out: answered(performance.known-bottlenecks, \"yes\")");
    }

    @Test
    void should_keep_the_note_it_is_given() {
        Audit audit = BackendAudit.of("x").at(AT)
                .scalability(s -> s.noSinglePointOfFailure("three zones, replicated database")).audit();
        assertThat(answer(audit).note()).isEqualTo(Optional.of("three zones, replicated database"));
        assertThat(answer(audit).choice()).isEqualTo("no");
    }
}
