package org.posescope.cli;

import java.io.PrintWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code posescope} command and its sub-commands. Errors reach the user as one sentence naming the file and
 * the problem; the stack trace goes to the debug log only.
 *
 * <p>Exit statuses, the same for every command: 0 done and nothing to report, 1 done with problems found,
 * 2 nothing could be done (bad arguments, unreadable input).
 */
// INHERIT gives every sub-command -h/--help (and -V/--version) too: "posescope scan --help" is what users try first.
@Command(name = "posescope", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, version = "PoseScope 0.1.0",
        description = "Finds and fixes mistakes in DeepLabCut pose labels.",
        subcommands = {CheckCommand.class, ConvertCommand.class, ScanCommand.class, DemoCommand.class,
        InfoCommand.class, CommandLine.HelpCommand.class})
public final class PoseScopeCommandLine implements Runnable {

    /** Exit status when the work was done and nothing is wrong. */
    public static final int CLEAN = 0;
    /** Exit status when the work was done and problems were found. */
    public static final int PROBLEMS = 1;
    /** Exit status when the work could not be done. */
    public static final int FAILED = 2;

    private static final Logger LOG = LoggerFactory.getLogger(PoseScopeCommandLine.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Name a command: check, info, scan, convert, demo or help.");
    }

    /** Runs one command line and returns its exit status. */
    public static int run(String[] arguments, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new PoseScopeCommandLine());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.getSubcommands().get("scan").getCommandSpec().usageMessage().footer(ScanOptions.algorithmHelp());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(exception -> FAILED);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            LOG.debug("Command failed", exception);
            line.getErr().println(UserMessages.sentenceFor(exception));
            return FAILED;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println(ArgumentErrors.sentenceFor(exception));
            String help = failed.getParent() == null ? "posescope help" : "posescope help " + failed.getCommandName();
            failed.getErr().println("Run '" + help + "' for the usage.");
            return FAILED;
        });
        return commandLine.execute(arguments);
    }
}
