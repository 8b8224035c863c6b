package org.posescope.labels;

import java.nio.file.Path;
import java.util.Locale;

import org.posescope.labels.csv.CsvLabelReader;
import org.posescope.labels.csv.CsvLabelWriter;
import org.posescope.labels.hdf5.Hdf5LabelReader;
import org.posescope.labels.hdf5.Hdf5LabelWriter;

/**
 * The one door to label files: read by extension, save an HDF5 file with its CSV twin, convert between the two.
 * The workbench's save and the {@code posescope convert} command go through the same atomic writers.
 */
public final class LabelFiles {

    private LabelFiles() {
    }

    /** Reads a {@code .h5}/{@code .hdf5} or {@code .csv} label file. */
    public static LoadedLabels read(Path file) throws LabelFileException {
        return switch (kindOf(file)) {
            case HDF5 -> new Hdf5LabelReader().read(file);
            case CSV -> new CsvLabelReader().read(file);
        };
    }

    /**
     * Saves a table as DeepLabCut keeps it: the HDF5 file (pandas fixed layout, key {@code df_with_missing}) and
     * its CSV twin beside it ({@code CollectedData_x.h5} and {@code CollectedData_x.csv}), each atomically with a
     * backup of its previous content.
     */
    public static void save(LabelTable table, Path h5File) throws LabelFileException {
        if (kindOf(h5File) != Kind.HDF5) {
            throw new LabelFileException(h5File, "Labels are saved to an .h5 file, not to " + h5File.getFileName()
                    + ".");
        }
        // TODO [2026-12]: the two files are replaced one after the other; a crash between the renames leaves the
        // new h5 beside the old csv (the csv's .bak and the h5's .bak hold the previous pair).
        write(table, h5File);
        write(table, csvTwinOf(h5File));
    }

    /** Writes one file, in the format its extension names, through the atomic writer. */
    public static void write(LabelTable table, Path file) throws LabelFileException {
        writerFor(file).save(table, file);
    }

    /**
     * Reads {@code in} and writes its labels to {@code out} in the format {@code out}'s extension names (h5 to csv,
     * csv to h5, or the same format rewritten), with the same readers and writers as {@link #save}.
     *
     * @return what was read, including the notices about how {@code in} was interpreted
     */
    public static LoadedLabels convert(Path in, Path out) throws LabelFileException {
        kindOf(out);
        LoadedLabels loaded = read(in);
        write(loaded.table(), out);
        return loaded;
    }

    /** The CSV file DeepLabCut keeps beside an HDF5 label file. */
    public static Path csvTwinOf(Path h5File) {
        String name = h5File.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return h5File.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".csv");
    }

    private static AtomicLabelWriter writerFor(Path file) throws LabelFileException {
        return switch (kindOf(file)) {
            case HDF5 -> new AtomicLabelWriter(new Hdf5LabelWriter()::write,
                    written -> new Hdf5LabelReader().read(written).table());
            case CSV -> new AtomicLabelWriter(new CsvLabelWriter()::write,
                    written -> new CsvLabelReader().read(written).table());
        };
    }

    /** Whether the name says a label file ({@code .h5}, {@code .hdf5} or {@code .csv}), as {@link #read} needs. */
    public static boolean isLabelFileName(Path file) {
        try {
            kindOf(file);
            return true;
        } catch (LabelFileException e) {
            return false;
        }
    }

    private enum Kind {
        HDF5, CSV
    }

    private static Kind kindOf(Path file) throws LabelFileException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
            return Kind.HDF5;
        }
        if (name.endsWith(".csv")) {
            return Kind.CSV;
        }
        throw new LabelFileException(file, file.getFileName() + " is neither an .h5 nor a .csv label file.");
    }
}
