package org.posescope.labels.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import org.posescope.labels.ColumnKey;
import org.posescope.labels.ColumnKeys;
import org.posescope.labels.FileProblems;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelKeyException;
import org.posescope.labels.LabelTable;
import org.posescope.labels.LoadedLabels;
import org.posescope.labels.RowKeys;
import org.posescope.labels.SourceLayout;
import org.posescope.labels.StorageFormat;
import org.posescope.labels.UnsupportedLayoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a DeepLabCut label file stored by pandas in HDF5, in the fixed or the table layout.
 *
 * <p>The key read is {@code df_with_missing} when present, else the one pandas object in the file; a file with
 * several and none of that name is refused with the keys it holds, since guessing would show the wrong labels.
 */
public final class Hdf5LabelReader {

    /** The key DeepLabCut writes and reads. */
    public static final String DEFAULT_KEY = "df_with_missing";

    private static final Logger LOG = LoggerFactory.getLogger(Hdf5LabelReader.class);

    public LoadedLabels read(Path file) throws LabelFileException {
        FileProblems.requireReadableFile(file);
        try (HdfFile hdf = new HdfFile(file)) {
            return readOpen(file, hdf);
        } catch (LabelFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Reading {} failed", file, e);
            Optional<String> fileSystemFailure = FileProblems.readFailure(file, e);
            if (fileSystemFailure.isPresent()) {
                throw new LabelFileException(file, fileSystemFailure.get(), e);
            }
            Optional<String> damage = Hdf5FileDamage.describe(file);
            if (damage.isPresent()) {
                throw new LabelFileException(file, damage.get(), e);
            }
            throw new UnsupportedLayoutException(file, file.getFileName() + " cannot be read as a pandas HDF5 label"
                    + " file: " + describe(e) + ".", e);
        }
    }

    private LoadedLabels readOpen(Path file, HdfFile hdf) throws IOException {
        List<String> notices = new ArrayList<>();
        Group group = chooseGroup(file, hdf, notices);
        String pandasType = Hdf5Values.text(group, "pandas_type");

        DecodedFrame frame;
        StorageFormat format;
        if ("frame".equals(pandasType)) {
            frame = new FixedFrameReader(file, group).read();
            format = StorageFormat.HDF5_FIXED;
        } else if ("frame_table".equals(pandasType)) {
            frame = new TableFrameReader(file, group).read();
            format = StorageFormat.HDF5_TABLE;
        } else {
            throw new UnsupportedLayoutException(file, file.getFileName() + " holds a pandas object of type '"
                    + pandasType + "' under " + group.getPath() + ", not a data frame.");
        }

        List<ColumnKey> columns = ColumnKeys.fromTuples(file, frame.columns());
        int levels = frame.columns().isEmpty() ? 3 : frame.columns().get(0).size();
        LabelTable table = new LabelTable(columns, frame.rows(), frame.types(), frame.values(), levels == 4);
        notices.addAll(frame.notices());
        notices.addAll(RowKeys.duplicateNotices(table, file.getFileName().toString()));
        SourceLayout layout = new SourceLayout(file, group.getName(), format, frame.rowKeyStyle(), levels, notices);
        return new LoadedLabels(table, layout);
    }

    private Group chooseGroup(Path file, HdfFile hdf, List<String> notices) throws LabelKeyException {
        List<String> keys = new ArrayList<>();
        List<Group> pandasGroups = new ArrayList<>();
        for (Node child : hdf.getChildren().values()) {
            keys.add(child.getName());
            if (child instanceof Group group && Hdf5Values.text(group, "pandas_type") != null) {
                pandasGroups.add(group);
            }
        }
        for (Group group : pandasGroups) {
            if (group.getName().equals(DEFAULT_KEY)) {
                if (pandasGroups.size() > 1) {
                    notices.add(file.getFileName() + " holds " + pandasGroups.size() + " pandas objects " + keys
                            + "; the labels were read from '" + DEFAULT_KEY + "'.");
                }
                return group;
            }
        }
        if (pandasGroups.size() == 1) {
            Group only = pandasGroups.get(0);
            notices.add("The labels were read from the key '" + only.getName() + "', not '" + DEFAULT_KEY + "'.");
            return only;
        }
        String found = keys.isEmpty() ? "no keys at all" : "the keys " + String.join(", ", keys);
        String sentence = pandasGroups.isEmpty()
                ? file.getFileName() + " holds no pandas data frame (found " + found + ")."
                : file.getFileName() + " holds several pandas objects and none named '" + DEFAULT_KEY + "' (found "
                        + found + "), so it is not clear which one holds the labels.";
        throw new LabelKeyException(file, sentence, keys);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
