package org.jiceng.core.bulk.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An XLSX of text tables written straight into a stream as its rows come: each row goes out as it is
 * written, so a list of millions of rows costs no memory beyond a buffer, no temporary file, and the
 * first bytes reach the client at once (POI's streaming workbook spools every row to a file and
 * sends nothing until the last). The parts an OOXML package lists up front (the workbook, its sheets
 * and content types) are written after the sheets: a ZIP's entries may come in any order, its
 * directory is at the end. A table longer than a sheet's 1,048,576 rows continues on sheets named
 * "name (2)", "name (3)", …, each with the header again.
 */
final class StreamedWorkbook implements AutoCloseable {
    /** Rows of a sheet in XLSX (Excel 2007 and later), the header's included. */
    static final int MAX_ROWS_PER_SHEET = 1_048_576;
    /** Excel's limit for a sheet's name. */
    private static final int MAX_SHEET_NAME = 31;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final ZipOutputStream zip;
    private final Writer xml;
    private final int rowsPerSheet;
    private final List<String> sheets = new ArrayList<>();
    private boolean finished;

    StreamedWorkbook(OutputStream out) {
        this(out, MAX_ROWS_PER_SHEET);
    }

    /** With a smaller sheet, so a test can see a table continue on the next one. */
    StreamedWorkbook(OutputStream out, int rowsPerSheet) {
        if (rowsPerSheet < 2) {
            throw new IllegalArgumentException("a sheet holds the header and at least one row");
        }
        this.rowsPerSheet = rowsPerSheet;
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // the server's CPU, not the network, limits a large export: the fastest level still packs XML about 8:1
        zip.setLevel(Deflater.BEST_SPEED);
        xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
    }

    /**
     * Writes a table: the header in bold, then every row, its cells as text (so values such as
     * "0012" import back unchanged); empty cells are left out.
     *
     * @return the number of rows written under the header
     */
    long table(String name, List<String> header, Iterator<List<String>> rows) throws IOException {
        long written = 0;
        int part = 1;
        do {
            beginSheet(part == 1 ? name : continued(name, part));
            writeRow(1, header, true);
            int r = 1;
            while (r < rowsPerSheet && rows.hasNext()) {
                writeRow(++r, rows.next(), false);
                written++;
            }
            endSheet();
            part++;
        } while (rows.hasNext());
        return written;
    }

    /** Writes the parts that list the sheets and ends the ZIP; the stream under it stays open. */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        part("xl/workbook.xml", workbook());
        part("xl/_rels/workbook.xml.rels", workbookRelationships());
        part("xl/styles.xml", STYLES);
        part("_rels/.rels", XML_DECLARATION + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("[Content_Types].xml", contentTypes());
        zip.finish();
        zip.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
    }

    private void beginSheet(String name) throws IOException {
        sheets.add(name);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets.size() + ".xml"));
        xml.write(XML_DECLARATION);
        xml.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
    }

    private void endSheet() throws IOException {
        xml.write("</sheetData></worksheet>");
        xml.flush();
        zip.closeEntry();
    }

    private void writeRow(int r, List<String> cells, boolean bold) throws IOException {
        xml.write("<row r=\"");
        xml.write(Integer.toString(r));
        xml.write("\">");
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            if (v == null || v.isEmpty()) {
                continue;
            }
            xml.write("<c r=\"");
            xml.write(column(c));
            xml.write(Integer.toString(r));
            xml.write(bold ? "\" s=\"1\" t=\"inlineStr\"><is><t" : "\" t=\"inlineStr\"><is><t");
            if (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))) {
                xml.write(" xml:space=\"preserve\"");
            }
            xml.write('>');
            escape(v);
            xml.write("</t></is></c>");
        }
        xml.write("</row>");
    }

    /** Text as XML character data; characters XML 1.0 cannot hold (most control characters) are left out. */
    private void escape(String v) throws IOException {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '&' -> xml.write("&amp;");
                case '<' -> xml.write("&lt;");
                case '>' -> xml.write("&gt;");
                default -> {
                    if (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF || ch == '\t' || ch == '\n' || ch == '\r') {
                        xml.write(ch);
                    }
                }
            }
        }
    }

    /** A column's letters: 0 is A, 25 is Z, 26 is AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String continued(String name, int part) {
        String suffix = " (" + part + ")";
        return name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }

    private void part(String path, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private String workbook() {
        StringBuilder s = new StringBuilder(XML_DECLARATION).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
                .append(RELATIONSHIPS).append("\"><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            s.append("<sheet name=\"").append(attribute(sheets.get(i))).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId")
                    .append(i + 1).append("\"/>");
        }
        return s.append("</sheets></workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder s = new StringBuilder(XML_DECLARATION)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheets.size(); i++) {
            s.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
        }
        s.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return s.append("</Relationships>").toString();
    }

    private String contentTypes() {
        StringBuilder s = new StringBuilder(XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet").append(i + 1)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private static String attribute(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /** Two fonts (regular, bold) and the two cell formats over them: 0 for data, 1 for the header. */
    private static final String STYLES = XML_DECLARATION + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}
