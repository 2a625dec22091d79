package org.jiceng.core.bulk.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Reads the first sheet of an XLSX file or a CSV file (UTF-8, RFC 4180 quoting) into rows keyed by
 * the header of the first non-blank row, one row at a time as they are asked for: an import holds
 * a chunk of rows, never the file. Dates in date cells come out as yyyy-MM-dd whatever their
 * display format. Blank rows are skipped.
 */
final class TableReader {
    private TableReader() {
    }

    /** Data rows of a file; close it to release the file (and the XLSX reader's thread). */
    interface Rows extends java.util.Iterator<TableRow>, Closeable {
        /** How much of the file has been read, from 0 to 1 (0 while unknown): the file is streamed. */
        double shareRead();

        @Override
        void close();
    }

    static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Opens a spooled upload, XLSX or CSV by its first bytes. */
    static Rows open(Path file) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(5);
        }
        if (isXlsx(magic)) {
            return XlsxRows.open(file);
        }
        long size = Files.size(file);
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
        return new Keyed(new CsvCells(new java.io.InputStreamReader(counted, java.nio.charset.StandardCharsets.UTF_8), () -> counted.shareOf(size)));
    }

    /** The whole file at once: small files and tests only. */
    static List<TableRow> read(byte[] bytes) throws IOException {
        Path temp = Files.createTempFile("jiceng-table", ".bin");
        try {
            Files.write(temp, bytes);
            try (Rows rows = open(temp)) {
                return all(rows);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static List<TableRow> readCsv(String text) {
        return all(new Keyed(new CsvCells(new StringReader(text), () -> 0)));
    }

    private static List<TableRow> all(Rows rows) {
        List<TableRow> result = new ArrayList<>();
        rows.forEachRemaining(result::add);
        return result;
    }

    /**
     * Raw cells of one line of the file, its 1-based row number, and the share of the file read up
     * to its end (XLSX rows are parsed ahead of the import: the share travels with the row).
     */
    record Cells(int row, List<String> values, double shareRead) {
    }

    /** Source of raw rows; null at the end. */
    interface CellSource extends Closeable {
        Cells next() throws IOException;

        @Override
        void close();
    }

    /** First non-blank row is the header; later rows become cells keyed by it. */
    private static final class Keyed implements Rows {
        private final CellSource source;
        private List<String> header;
        private TableRow ahead;
        /** Written by the import, read by whoever polls the job. */
        private volatile double shareRead;

        Keyed(CellSource source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            try {
                while (ahead == null) {
                    Cells cells = source.next();
                    if (cells == null) {
                        shareRead = 1;
                        return false;
                    }
                    shareRead = cells.shareRead();
                    if (cells.values().stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (header == null) {
                        header = cells.values().stream().map(String::trim).toList();
                        continue;
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        values.put(header.get(c), c < cells.values().size() ? cells.values().get(c).trim() : "");
                    }
                    ahead = new TableRow(cells.row(), values);
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public double shareRead() {
            return shareRead;
        }

        @Override
        public TableRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            TableRow row = ahead;
            ahead = null;
            return row;
        }

        @Override
        public void close() {
            source.close();
        }
    }

    // ---- CSV

    /** RFC 4180 cells from a character stream; a quoted cell may span lines. */
    private static final class CsvCells implements CellSource {
        private final Reader in;
        private final java.util.function.DoubleSupplier shareRead;
        private int line = 1;
        private int pushedBack = -2;
        private boolean first = true;
        private boolean ended;

        CsvCells(Reader in, java.util.function.DoubleSupplier shareRead) {
            this.in = in.markSupported() ? in : new java.io.BufferedReader(in);
            this.shareRead = shareRead;
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            int c = in.read();
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    c = in.read(); // byte order mark written by Excel
                }
            }
            return c;
        }

        @Override
        public Cells next() throws IOException {
            if (ended) {
                return null;
            }
            int rowStart = line;
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            while (true) {
                int c = read();
                if (c == -1) {
                    ended = true;
                    if (cell.length() > 0 || !row.isEmpty() || any) {
                        row.add(cell.toString());
                        return new Cells(rowStart, row, shareRead.getAsDouble());
                    }
                    return null;
                }
                any = true;
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        int n = read();
                        if (n == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            pushedBack = n;
                        }
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
                    if (ch == '\r') {
                        int n = read();
                        if (n != '\n') {
                            pushedBack = n;
                        }
                    }
                    row.add(cell.toString());
                    line++;
                    return new Cells(rowStart, row, shareRead.getAsDouble());
                } else {
                    cell.append(ch);
                }
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read to its end or abandoned: nothing to keep
            }
        }
    }

    // ---- XLSX

    /**
     * POI's streaming sheet parser pushes rows into a handler; a reader thread runs it and hands
     * the rows over through a small bounded queue, so the import pulls rows at its own pace and the
     * parser waits instead of piling rows up in memory.
     */
    private static final class XlsxRows implements CellSource {
        private static final Object END = new Object();
        /**
         * A workbook's shared strings (the text cells Excel de-duplicates) are held in memory while
         * the sheet streams. A compressed XLSX under the upload limit can hold several times the rows
         * of a CSV of that size, so their uncompressed XML is limited too: 64 MiB is about 150 MB of
         * heap, for one running import.
         */
        static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2000);
        private final Thread reader;
        private volatile boolean closed;
        private boolean ended;
        /** The first sheet's XML as it is parsed, and its unpacked size: how far the reading has come. */
        private volatile CountingInputStream sheetRead;
        private volatile long sheetSize;

        private XlsxRows(Path file) {
            reader = new Thread(() -> parse(file), "jiceng-import-xlsx");
            reader.setDaemon(true);
            reader.start();
        }

        static Rows open(Path file) {
            return new Keyed(new XlsxRows(file));
        }

        private void parse(Path file) {
            try {
                parseAll(file);
            } catch (Closed e) {
                // the import stopped reading: nothing more to hand over
            }
        }

        private void parseAll(Path file) {
            Object last = END;
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                List<String> strings = XlsxSheetHandler.sharedStrings(pkg, MAX_SHARED_STRINGS_BYTES);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                if (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        sheetSize = sheets.getSheetPart().getSize();
                        CountingInputStream counted = new CountingInputStream(sheet);
                        sheetRead = counted;
                        new XlsxSheetHandler(reader.getStylesTable(), strings, new IsoDateFormatter(),
                                (rowNumber, values) -> put(new Cells(rowNumber + 1, values, sheetShareRead()))).parse(counted);
                    }
                }
            } catch (Closed e) {
                throw e;
            } catch (Exception e) {
                if (closed) {
                    return;
                }
                last = e instanceof IOException ? e : new IOException("Not a readable XLSX file: " + e.getMessage(), e);
            }
            put(last);
        }

        private void put(Object item) {
            try {
                while (!closed && !queue.offer(item, 1, TimeUnit.SECONDS)) {
                    // the import is busy with the rows before: wait for room
                }
                if (closed) {
                    throw new Closed();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Closed();
            }
        }

        private double sheetShareRead() {
            CountingInputStream counted = sheetRead;
            return counted == null ? 0 : counted.shareOf(sheetSize);
        }

        @Override
        public Cells next() throws IOException {
            if (ended) {
                return null;
            }
            try {
                Object item = queue.take();
                if (item == END) {
                    ended = true;
                    return null;
                }
                if (item instanceof IOException) {
                    ended = true;
                    throw (IOException) item;
                }
                return (Cells) item;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("The import was stopped", e);
            }
        }

        @Override
        public void close() {
            closed = true;
            queue.clear();
            reader.interrupt();
        }

        /** Stops the parser when the import no longer wants rows. */
        private static final class Closed extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Closed() {
                super(null, null, false, false);
            }
        }
    }

    /** Formats date cells as ISO dates instead of their Excel display format. */
    static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
