package org.jiceng.core.bulk.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file (streamed, so large files need little memory) or a CSV
 * file (UTF-8, RFC 4180 quoting) into rows keyed by the header of the first row. Dates in date
 * cells come out as yyyy-MM-dd whatever their display format.
 */
final class TableReader {
    private TableReader() {
    }

    static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static List<TableRow> read(byte[] bytes) throws IOException {
        return isXlsx(bytes) ? readXlsx(bytes) : readCsv(new String(bytes, StandardCharsets.UTF_8));
    }

    // ---- XLSX

    private static List<TableRow> readXlsx(byte[] bytes) throws IOException {
        List<List<String>> raw = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes); OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return List.of();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new Collector(raw, rowNumbers),
                        new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Not a readable XLSX file: " + e.getMessage(), e);
        }
        return keyed(raw, rowNumbers);
    }

    /** Formats date cells as ISO dates instead of their Excel display format. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<String>> rows;
        private final List<Integer> rowNumbers;
        private TreeMap<Integer, String> current;

        Collector(List<List<String>> rows, List<Integer> rowNumbers) {
            this.rows = rows;
            this.rowNumbers = rowNumbers;
        }

        @Override
        public void startRow(int rowNum) {
            current = new TreeMap<>();
            rowNumbers.add(rowNum + 1);
        }

        @Override
        public void endRow(int rowNum) {
            List<String> cells = new ArrayList<>();
            if (!current.isEmpty()) {
                for (int c = 0; c <= current.lastKey(); c++) {
                    cells.add(current.getOrDefault(c, ""));
                }
            }
            rows.add(cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            current.put((int) new CellReference(reference).getCol(), value == null ? "" : value);
        }
    }

    // ---- CSV

    static List<TableRow> readCsv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // byte order mark written by Excel
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                numbers.add(rowStart);
                row = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
            numbers.add(rowStart);
        }
        return keyed(rows, numbers);
    }

    /** First non-empty row is the header; blank rows are skipped. */
    private static List<TableRow> keyed(List<List<String>> rows, List<Integer> numbers) {
        List<TableRow> result = new ArrayList<>();
        List<String> header = null;
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                header = cells.stream().map(String::trim).toList();
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String v = c < cells.size() ? cells.get(c).trim() : "";
                values.put(header.get(c), v);
            }
            result.add(new TableRow(numbers.get(r), values));
        }
        return result;
    }
}
