package org.siptrust.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** tshark as the second opinion tests compare with, where it is installed. */
public final class Tshark {
    private static final Path EXECUTABLE = Path.of("/usr/bin/tshark");

    private Tshark() {
    }

    public static boolean available() {
        return Files.isExecutable(EXECUTABLE);
    }

    /**
     * Runs tshark with {@code args} and returns what it printed, line by line. Its complaints
     * (stderr) are dropped and its exit status is not judged: on a damaged capture tshark prints
     * what it could read and then fails, and that output is what the tests compare with.
     */
    public static List<String> lines(List<String> args) throws IOException, InterruptedException {
        return output(args).lines().toList();
    }

    public static List<String> lines(String... args) throws IOException, InterruptedException {
        return lines(List.of(args));
    }

    /** Like {@link #lines(List)}, the whole output in one string. */
    public static String output(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(args.size() + 1);
        cmd.add(EXECUTABLE.toString());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    public static String output(String... args) throws IOException, InterruptedException {
        return output(List.of(args));
    }
}
