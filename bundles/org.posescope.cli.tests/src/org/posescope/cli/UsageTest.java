package org.posescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posescope.cluster.ScanSettings;

/** Bad command lines: a sentence saying what is wrong and where to find the usage, exit status 2, no stack trace. */
class UsageTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                          | Name a command:",
        "frobnicate                  | 'frobnicate' is not a posescope command; the commands are check, convert,"
            + " info, scan, demo and help.",
        "scan --param k x.h5         | --param needs NAME=VALUE, such as k=20, not 'k'.",
        "scan --top abc x.h5         | --top needs a whole number, not 'abc'.",
        "check                       | Missing required parameter: 'PATH'",
        "check --colour x            | Unknown option: '--colour'",
        "convert in.h5               | Missing required parameter: 'OUT'",
        "convert a.h5 b.csv c.csv    | Unmatched argument at index 3: 'c.csv'",
        "info                        | Missing required parameter: 'PATH'",
        "info --timings x.h5         | Unknown option: '--timings'"})
    void badArgumentsGiveAUsageSentenceAndExitTwo(String commandLine, String sentence) {
        String[] arguments = commandLine.isBlank() ? new String[0] : commandLine.strip().split(" +");

        CommandRun run = CommandRun.of(arguments).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.FAILED, run.status(), run.toString());
        assertTrue(run.err().startsWith(sentence), run.toString());
        assertTrue(run.err().contains("Run 'posescope help"), run.toString());
        assertEquals("", run.out(), "nothing on standard output: " + run);
    }

    @ParameterizedTest
    @CsvSource({"check", "convert", "info"})
    void helpForEachCommandExitsWithZero(String command) {
        CommandRun run = CommandRun.of("help", command).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertTrue(run.out().startsWith("Usage: posescope " + command), run.toString());
    }

    /** "posescope scan --help" is what users try first; it must not be refused for the PATH it lacks. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"scan --help", "check -h", "demo --help", "convert --help", "info -h", "scan --quiet -h x.h5"})
    void helpOptionOfEachCommandPrintsItsUsageAndExitsWithZero(String commandLine) {
        String command = commandLine.split(" ")[0];

        CommandRun run = CommandRun.of(commandLine.split(" ")).withoutStackTrace();

        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertTrue(run.out().startsWith("Usage: posescope " + command), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    /** The algorithms' paragraphs describe their own scores; the report's column is the combined suspicion. */
    @Test
    void scanHelpSaysWhatTheScoreColumnHolds() {
        CommandRun run = CommandRun.of("help", "scan").withoutStackTrace();

        String help = run.out().replaceAll("\\s+", " ");
        assertEquals(PoseScopeCommandLine.CLEAN, run.status(), run.toString());
        assertTrue(help.contains("score: see the end of this help"), run.toString());
        assertTrue(help.contains("The report's score column is not the algorithm's own score described above. It is"
                + " the combined suspicion of a pose: how far the pose is from what the keypoint model expects, in"
                + " nats"), run.toString());
        assertTrue(help.contains("plus " + ScanSettings.DEFAULT_ALGORITHM_WEIGHT + " times the robust z-score of"
                + " the algorithm's score"), run.toString());
        assertTrue(help.strip().endsWith("Higher means more likely a mistake."), run.toString());
    }
}
