package org.posescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.posescope.cluster.demo.DemoProject;
import org.posescope.cluster.demo.InjectedMistake;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code posescope demo DIR}: writes a small DeepLabCut project with rendered frames of a simple animal and human
 * labels holding known mistakes, to try the workbench and the scan on.
 */
@Command(name = "demo", description = {"Writes a demo DeepLabCut project with known labeling mistakes into DIR.",
    "The mistakes are listed in DIR/" + DemoProject.TRUTH_FILE + "."})
final class DemoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder to write (created if needed).")
    private Path folder;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the poses and mistakes (default: 1).")
    private long seed = 1;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(folder + " is not empty; the demo is written only into a new or empty folder,"
                            + " so that no project is overwritten.");
                }
            }
        } else if (Files.exists(folder)) {
            throw new IOException(folder + " is a file; name a new or empty folder for the demo project.");
        }
        List<InjectedMistake> mistakes = DemoProject.write(folder, seed);

        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote a demo project to " + folder.toAbsolutePath().normalize() + " with " + mistakes.size()
                + " injected mistakes (listed in " + DemoProject.TRUTH_FILE + ").");
        out.println("Try: posescope scan " + folder + " --top 15");
        return PoseScopeCommandLine.CLEAN;
    }
}
