package org.jiceng.distribution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading the workbooks the server exports, as a spreadsheet program would. */
final class Workbooks {
    private Workbooks() {
    }

    /** Rows of the first sheet whose cell in {@code column} is a number: the data rows of a ledger numbered there (titles and headers are text). */
    static int numericRows(byte[] xlsx, int column) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            int rows = 0;
            for (Row row : book.getSheetAt(0)) {
                Cell cell = row.getCell(column);
                rows += cell != null && cell.getCellType() == CellType.NUMERIC ? 1 : 0;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("not a workbook", e);
        }
    }
}
