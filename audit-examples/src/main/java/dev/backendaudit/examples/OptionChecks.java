package dev.backendaudit.examples;

import dev.backendaudit.internal.Checks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * How the main job checks its options before any work starts: picocli converters for dates and
 * regular expressions, and checks of numbers, combinations and the paths it will write. Every
 * failure is a {@link ParameterException} whose message names the option and its value; the main
 * job prints it as one line and exits with 2.
 */
final class OptionChecks {

    private OptionChecks() {
    }

    /** A date ({@code 2026-01-01}, midnight UTC) or an instant ({@code 2026-01-01T00:00:00Z}). */
    static final class DateConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String text) {
            try {
                Instant at = text.contains("T") ? Instant.parse(text)
                        : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                return Checks.instant("the date", at);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new TypeConversionException("'" + text + "' is not a date such as 2026-01-01 or an instant such"
                        + " as 2026-01-01T00:00:00Z in the years 1 to 9999");
            }
        }
    }

    /** A regular expression, compiled. */
    static final class PatternConverter implements CommandLine.ITypeConverter<Pattern> {
        @Override
        public Pattern convert(String text) {
            try {
                return Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                throw new TypeConversionException("'" + text + "' is not a regular expression: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
            }
        }
    }

    /** Whether {@code option} was given on the command line. */
    static boolean given(CommandSpec spec, String option) {
        return spec.commandLine().getParseResult() != null && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** Fails unless {@code value} is at least {@code least}. */
    static void atLeast(CommandSpec spec, String option, int value, int least) {
        if (value < least) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + least + ", but was " + value);
        }
    }

    /** Fails when {@code option} was given without {@code needed}, saying {@code why}. */
    static void needs(CommandSpec spec, String option, String needed, String why) {
        if (given(spec, option) && !given(spec, needed)) {
            throw new ParameterException(spec.commandLine(), option + " needs " + needed + ": " + why);
        }
    }

    /** Fails when {@code option} and {@code other} were both given, saying {@code why}. */
    static void notTogether(CommandSpec spec, String option, String other, String why) {
        if (given(spec, option) && given(spec, other)) {
            throw new ParameterException(spec.commandLine(), option + " and " + other + " cannot be given together: "
                    + why);
        }
    }

    /**
     * Fails unless {@code file} can be written as a file: not a directory, an existing directory that can be
     * written as its parent, and writable itself if it exists.
     */
    static void writableFile(CommandSpec spec, String option, Path file) {
        String named = option + " " + file;
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), named + ": is a directory; name a file");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new ParameterException(spec.commandLine(), named + ": the file cannot be written (read-only)");
        }
        writableDirectory(spec, named, parent(file), "its directory ");
    }

    /** Fails unless {@code dir} is a writable directory, or does not exist and can be created in its parent. */
    static void writableFolder(CommandSpec spec, String option, Path dir) {
        String named = option + " " + dir;
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(), named + ": is a file, not a directory");
            }
            writableDirectory(spec, named, dir, "the directory ");
        } else {
            writableDirectory(spec, named, parent(dir), "its parent ");
        }
    }

    private static void writableDirectory(CommandSpec spec, String named, Path dir, String what) {
        if (!Files.exists(dir)) {
            throw new ParameterException(spec.commandLine(), named + ": " + what + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), named + ": " + what + dir + " is not a directory");
        }
        if (!Files.isWritable(dir)) {
            throw new ParameterException(spec.commandLine(), named + ": " + what + dir + " cannot be written"
                    + " (read-only or no permission)");
        }
    }

    private static Path parent(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }

    /** Fails when two options name one file, or an output names an input: nothing the job reads is overwritten. */
    static void distinct(CommandSpec spec, Map<String, Path> outputs, Map<String, Path> inputs) {
        Map<Path, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Path> output : outputs.entrySet()) {
            if (output.getValue() == null) {
                continue;
            }
            Path key = output.getValue().toAbsolutePath().normalize();
            String earlier = seen.putIfAbsent(key, output.getKey());
            if (earlier != null) {
                throw new ParameterException(spec.commandLine(), earlier + " and " + output.getKey() + " both name "
                        + output.getValue() + "; give each report a file of its own");
            }
            for (Map.Entry<String, Path> input : inputs.entrySet()) {
                if (input.getValue() != null && input.getValue().toAbsolutePath().normalize().equals(key)) {
                    throw new ParameterException(spec.commandLine(), output.getKey() + " " + output.getValue()
                            + " would overwrite the " + input.getKey() + " file it reads");
                }
            }
        }
    }
}
