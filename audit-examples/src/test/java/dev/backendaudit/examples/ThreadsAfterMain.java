package dev.backendaudit.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Runs the main job in its own JVM, as {@code mvn exec:java} or {@code ./audit} would, then writes the names of the
 * threads still alive to the file {@code args[0]}. {@code args[1]} is {@code run} (the job as {@link Main#main}
 * runs it) or {@code execute} (the command line alone, without the shutdown that follows it: the control).
 */
public final class ThreadsAfterMain {

    private ThreadsAfterMain() {
    }

    /** {@code OUT run|execute ARGS...}. */
    public static void main(String[] args) throws IOException {
        String[] job = Arrays.copyOfRange(args, 2, args.length);
        int exit = args[1].equals("run") ? Main.run(job) : Main.commandLine().execute(job);
        String threads = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .sorted().collect(Collectors.joining("\n"));
        Files.writeString(Path.of(args[0]), "exit " + exit + "\n" + threads + "\n");
    }
}
