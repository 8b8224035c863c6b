package org.posescope.labels.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posescope.labels.LabelFileException;
import org.posescope.labels.LabelTable;
import org.posescope.labels.MalformedHeaderException;
import org.posescope.testsupport.SharedData;

/** A label CSV that a biologist opened and saved again in Excel, as Excel writes it. */
class SpreadsheetSavedCsvTest {

    @TempDir
    Path scratch;

    /** Excel's "CSV UTF-8" starts with the bytes EF BB BF, which pandas (and so DeepLabCut) skips. */
    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] original = Files.readAllBytes(b19Csv());
        byte[] marked = new byte[mark.length + original.length];
        System.arraycopy(mark, 0, marked, 0, mark.length);
        System.arraycopy(original, 0, marked, mark.length, original.length);
        Path file = Files.write(scratch.resolve("CollectedData_annot.csv"), marked);

        LabelTable read = new CsvLabelReader().read(file).table();

        LabelTable expected = new CsvLabelReader().read(b19Csv()).table();
        assertTrue(expected.sameContent(read), "the marked file reads as the original");
        assertEquals("annot", read.scorer());
    }

    @Test
    void semicolonSeparatedCellsAreNamedAsSuch() throws IOException {
        String semicolons = Files.readString(b19Csv(), StandardCharsets.UTF_8).replace(',', ';');
        Path file = Files.writeString(scratch.resolve("CollectedData_annot.csv"), semicolons);

        LabelFileException refused = assertThrows(MalformedHeaderException.class,
                () -> new CsvLabelReader().read(file));

        assertTrue(refused.getMessage().startsWith("CollectedData_annot.csv separates its cells with semicolons,"
                + " but DeepLabCut needs commas"), refused.getMessage());
    }

    @Test
    void aFirstCellThatIsNoHeaderStillSaysWhatWasFound() throws IOException {
        Path file = Files.writeString(scratch.resolve("CollectedData_annot.csv"), "frame;x;y\n1;2;3\n");

        LabelFileException refused = assertThrows(MalformedHeaderException.class,
                () -> new CsvLabelReader().read(file));

        assertTrue(refused.getMessage().contains("found none"), refused.getMessage());
    }

    private static Path b19Csv() {
        return SharedData.caseProject("B19").resolve("labeled-data/vid1/CollectedData_annot.csv");
    }
}
