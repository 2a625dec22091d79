package org.jiceng.core.bulk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells of a worksheet's XML as the text they show, one row at a time, as POI's {@code XSSFSheetXMLHandler}
 * does, but without building an XMLBeans rich text object for every text cell: POI's handler made one for each inline
 * and each shared string (42 % of an XLSX import's reading thread, JFR), only to take its plain text back. Text is
 * taken as written, with Excel's {@code _xHHHH_} escapes decoded; numbers are formatted by the cell's number format
 * (dates as the {@link DataFormatter} given renders them); booleans read TRUE/FALSE and errors ERROR:code, as before.
 */
final class XlsxSheetHandler extends DefaultHandler {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** What a row's cells are handed to: its 0-based number and its values by 0-based column (gaps as ""). */
    interface RowSink {
        void row(int rowNumber, List<String> values);
    }

    private enum Kind {
        NUMBER, SHARED_STRING, INLINE_STRING, FORMULA_STRING, BOOLEAN, ERROR, ISO_DATE
    }

    private final StylesTable styles;
    private final List<String> sharedStrings;
    private final DataFormatter formatter;
    private final RowSink sink;
    private final StringBuilder text = new StringBuilder();

    private int rowNumber = -1;
    private List<String> row;
    private int column;
    private Kind kind;
    private short formatIndex;
    private String formatString;
    private boolean inValue;
    private boolean inInlineString;

    XlsxSheetHandler(StylesTable styles, List<String> sharedStrings, DataFormatter formatter, RowSink sink) {
        this.styles = styles;
        this.sharedStrings = sharedStrings;
        this.formatter = formatter;
        this.sink = sink;
    }

    /** Parses one worksheet, handing each row to the sink as its end is read. */
    void parse(InputStream sheet) throws IOException, SAXException {
        parse(sheet, this);
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r) - 1;
                row = new ArrayList<>();
                column = -1;
            }
            case "c" -> startCell(attributes);
            case "v" -> startText();
            case "is" -> {
                inInlineString = true;
                text.setLength(0);
            }
            case "t" -> inValue = inInlineString; // a text run of an inline string (runs of rich text add up)
            case "rPh" -> inInlineString = false; // a phonetic guide, not shown in the cell
            default -> {
                // formulas (their cached value is in <v>), extents, merged cells, ...: nothing a row's text needs
            }
        }
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        column = reference == null ? column + 1 : columnOf(reference);
        String type = attributes.getValue("t");
        kind = type == null ? Kind.NUMBER : switch (type) {
            case "s" -> Kind.SHARED_STRING;
            case "inlineStr" -> Kind.INLINE_STRING;
            case "str" -> Kind.FORMULA_STRING;
            case "b" -> Kind.BOOLEAN;
            case "e" -> Kind.ERROR;
            case "d" -> Kind.ISO_DATE;
            default -> Kind.NUMBER;
        };
        formatString = null;
        formatIndex = -1;
        if (kind == Kind.NUMBER && styles != null) {
            String style = attributes.getValue("s");
            XSSFCellStyle cellStyle = style != null
                    ? styles.getStyleAt(Integer.parseInt(style))
                    : styles.getNumCellStyles() > 0 ? styles.getStyleAt(0) : null;
            if (cellStyle != null) {
                formatIndex = cellStyle.getDataFormat();
                formatString = cellStyle.getDataFormatString();
                if (formatString == null) {
                    formatString = BuiltinFormats.getBuiltinFormat(formatIndex);
                }
            }
        }
    }

    private void startText() {
        text.setLength(0);
        inValue = true;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> {
                inValue = false;
                if (!inInlineString) {
                    put(valueOf(text.toString()));
                }
            }
            case "t" -> inValue = false;
            case "rPh" -> inInlineString = true;
            case "is" -> {
                inInlineString = false;
                inValue = false;
                put(decode(text.toString()));
            }
            case "row" -> {
                sink.row(rowNumber, row);
                row = null;
            }
            default -> {
                // see startElement
            }
        }
    }

    private String valueOf(String raw) {
        return switch (kind) {
            case SHARED_STRING -> decode(sharedStrings.get(Integer.parseInt(raw.trim())));
            case INLINE_STRING, FORMULA_STRING -> decode(raw);
            case ISO_DATE -> raw.length() > 10 && raw.endsWith("T00:00:00") ? raw.substring(0, 10) : raw;
            case BOOLEAN -> raw.startsWith("0") ? "FALSE" : "TRUE";
            case ERROR -> "ERROR:" + raw;
            case NUMBER -> formatted(raw);
        };
    }

    private String formatted(String raw) {
        if (formatString == null || raw.isEmpty()) {
            return raw;
        }
        try {
            return formatter.formatRawCellContents(Double.parseDouble(raw), formatIndex, formatString);
        } catch (NumberFormatException e) {
            return raw; // not a number after all: its text, for the row's checks to judge
        }
    }

    private void put(String value) {
        if (row == null || column < 0) {
            return; // a value outside a row's cell: not part of the table
        }
        while (row.size() < column) {
            row.add("");
        }
        if (row.size() == column) {
            row.add(value);
        } else {
            row.set(column, value);
        }
    }

    /** The 0-based column of a reference such as "AB12". */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return column - 1;
    }

    /** Excel writes characters XML cannot hold (control characters) as {@code _xHHHH_}. */
    static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The workbook's shared strings as plain text, in order: the text runs of each {@code <si>}, without its phonetic
     * guides ({@code <rPh>}, which Excel does not show in the cell).
     */
    static List<String> sharedStrings(InputStream table) throws IOException, SAXException {
        List<String> strings = new ArrayList<>();
        DefaultHandler handler = new DefaultHandler() {
            private final StringBuilder item = new StringBuilder();
            private boolean inText;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "si" -> item.setLength(0);
                    case "rPh" -> inPhonetic = true;
                    case "t" -> inText = !inPhonetic;
                    default -> {
                        // runs' properties and the table's counts
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    item.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                switch (localName) {
                    case "t" -> inText = false;
                    case "rPh" -> inPhonetic = false;
                    case "si" -> strings.add(item.toString());
                    default -> {
                        // see startElement
                    }
                }
            }
        };
        parse(table, handler);
        return strings;
    }

    /**
     * The shared strings of a workbook (none when it has no table), refused when their XML unpacks to more than
     * {@code maxBytes}: they are held in memory while the sheet streams.
     */
    static List<String> sharedStrings(OPCPackage workbook, long maxBytes) throws IOException, SAXException {
        List<String> strings = List.of();
        for (PackagePart part : workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            if (part.getSize() > maxBytes) {
                throw new IOException("its text cells take " + part.getSize() / 1024 / 1024 + " MB unpacked, more than the "
                        + maxBytes / 1024 / 1024 + " MB an XLSX import may hold; save it as CSV or split it");
            }
            try (InputStream in = part.getInputStream()) {
                strings = sharedStrings(in);
            }
        }
        return strings;
    }
}
