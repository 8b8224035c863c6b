package org.posescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad command lines: a sentence saying what is wrong and where to find the usage, exit status 2, no stack trace. */
class UsageTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                          | Name a command:",
        "frobnicate                  | Unmatched argument at index 0: 'frobnicate'",
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
}
