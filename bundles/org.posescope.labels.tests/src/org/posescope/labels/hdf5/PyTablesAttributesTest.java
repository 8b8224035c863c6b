package org.posescope.labels.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.testsupport.Pandas;

/**
 * String attributes written through {@link PyTablesAttributes} reach PyTables exactly as pandas wrote them: text
 * without a trailing NUL, non-ASCII intact, and a pickled None as None. jHDF's own {@code putAttribute} is written
 * beside them to show the NUL this class exists to avoid.
 */
class PyTablesAttributesTest {

    @TempDir
    Path scratch;

    @Test
    void pytablesReadsExactTextAndPickledNone() {
        Path file = scratch.resolve("attributes.h5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            WritableGroup group = hdf.putGroup("g");
            PyTablesAttributes.putText(group, "pandas_type", "frame");
            PyTablesAttributes.putText(group, "scorer", "Zoë_日");
            PyTablesAttributes.putPickle(group, "name", PyTablesAttributes.PICKLED_NONE);
            group.putAttribute("plain_jhdf", "frame");
        }

        String script = """
                import sys, tables
                with tables.open_file(sys.argv[1]) as h5:
                    attrs = h5.get_node("/g")._v_attrs
                    for name in ("pandas_type", "scorer", "name", "plain_jhdf"):
                        value = getattr(attrs, name)
                        kind = "str" if isinstance(value, str) else type(value).__name__
                        print(name, kind, len(value) if kind == "str" else "-", value == "frame")
                    print(attrs.scorer == "Zo\u00eb_\u65e5")
                """;
        String[] lines = Pandas.run(script, file.toString()).split("\n");

        assertEquals("pandas_type str 5 True", lines[0]);
        assertEquals("scorer str 5 False", lines[1]);
        assertEquals("name NoneType - False", lines[2]);
        assertEquals("plain_jhdf str 6 False", lines[3], "jHDF's own attribute carries the NUL");
        assertEquals("True", lines[4], "non-ASCII text survives");
    }
}
