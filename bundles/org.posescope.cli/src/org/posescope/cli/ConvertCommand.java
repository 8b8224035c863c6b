package org.posescope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelFiles;
import org.posescope.labels.LabelTable;
import org.posescope.labels.LoadedLabels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code posescope convert IN OUT}: rewrites a label file as HDF5 (pandas fixed layout, as DeepLabCut writes it) or
 * CSV, chosen by OUT's extension, through the same readers and atomic writers as the workbench's save.
 */
@Command(name = "convert", description = {"Converts a label file between .h5 and .csv (the extension of OUT decides).",
    "The .h5 is written in the layout DeepLabCut 2.2+ and pandas read (key df_with_missing, 3-level image rows)."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "The label file to read (.h5 or .csv).")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (.h5 or .csv); replaced atomically.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws LabelFileException {
        LoadedLabels converted = LabelFiles.convert(in, out);

        PrintWriter console = spec.commandLine().getOut();
        converted.layout().notices().forEach(notice -> console.println("note: " + notice));
        LabelTable table = converted.table();
        console.println("Wrote " + out + ": " + table.rowCount() + " rows and " + table.columnCount()
                + " columns from " + in + ".");
        return PoseScopeCommandLine.CLEAN;
    }
}
