package org.jiceng.core.documents.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.document.Document;

/**
 * Prints a {@link Document.Table}: a shaded header row, grid lines, column widths from content.
 * A row that does not fit below the cursor moves to the next page, where the header is repeated;
 * a row taller than a whole page breaks between its lines.
 */
final class TablePrinter {

    static final float SIZE = 10.5f;
    private static final float LEADING = SIZE * 1.4f;
    private static final float PAD_X = 4, PAD_Y = 3;
    private static final float GRID = 0.6f;
    private static final Color HEADER_SHADE = new Color(0xE8, 0xE8, 0xE8);

    private final PageFlow flow;
    private final LineBreaker breaker;
    private float[] widths;
    /** Empty when every header is blank: such a table is printed without a header row. */
    private List<List<String>> headerLines;

    TablePrinter(PageFlow flow) {
        this.flow = flow;
        this.breaker = new LineBreaker(text -> flow.typeface().width(text, SIZE));
    }

    void print(Document.Table table) throws IOException {
        Typeface typeface = flow.typeface();
        int columns = table.headers().size();
        for (List<String> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        if (columns == 0) {
            return;
        }
        List<String> headers = cells(table.headers(), columns, typeface);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(cells(row, columns, typeface));
        }
        widths = widths(headers, rows, columns);
        headerLines = headers.stream().allMatch(String::isBlank) ? List.of() : wrap(headers);

        float headerHeight = height(headerLines);
        flow.ensure(headerHeight + LEADING + 2 * PAD_Y); // never a header alone at the foot of a page
        printHeader();
        for (List<String> row : rows) {
            printRow(wrap(row), headerHeight);
        }
    }

    private void printRow(List<List<String>> cellLines, float headerHeight) throws IOException {
        int lines = lineCount(cellLines);
        float rowHeight = lines * LEADING + 2 * PAD_Y;
        float fullPage = PageFlow.TOP - PageFlow.BOTTOM - headerHeight;
        if (rowHeight > flow.remaining() && rowHeight <= fullPage) {
            continueOnNextPage();
        }
        int done = 0;
        boolean freshPage = false;
        while (done < lines) {
            int fitting = (int) Math.floor((flow.remaining() - 2 * PAD_Y) / LEADING);
            if (fitting < 1 && !freshPage) {
                continueOnNextPage();
                freshPage = true;
                continue;
            }
            // at least one line per page, even below a header that filled it
            int chunk = Math.min(lines - done, Math.max(fitting, 1));
            printLines(cellLines, done, chunk, false);
            done += chunk;
            freshPage = false;
        }
    }

    private void continueOnNextPage() throws IOException {
        flow.newPage();
        printHeader();
    }

    private void printHeader() throws IOException {
        if (headerLines.isEmpty()) {
            return;
        }
        float height = height(headerLines);
        flow.fill(PageFlow.LEFT, flow.y() - height, PageFlow.WIDTH, height, HEADER_SHADE);
        printLines(headerLines, 0, lineCount(headerLines), true);
    }

    /** Prints lines {@code from} .. {@code from + count} of each cell as one band of the grid. */
    private void printLines(List<List<String>> cellLines, int from, int count, boolean bold) throws IOException {
        float top = flow.y();
        float height = count * LEADING + 2 * PAD_Y;
        float x = PageFlow.LEFT;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = cellLines.get(c);
            for (int i = 0; i < count && from + i < lines.size(); i++) {
                float baseline = top - PAD_Y - i * LEADING - SIZE * 1.05f;
                flow.text(lines.get(from + i), x + PAD_X, baseline, SIZE, bold);
            }
            x += widths[c];
        }
        float bottom = top - height;
        flow.line(PageFlow.LEFT, top, PageFlow.RIGHT, top, GRID);
        flow.line(PageFlow.LEFT, bottom, PageFlow.RIGHT, bottom, GRID);
        x = PageFlow.LEFT;
        flow.line(x, top, x, bottom, GRID);
        for (float w : widths) {
            x += w;
            flow.line(x, top, x, bottom, GRID);
        }
        flow.down(height);
    }

    private float[] widths(List<String> headers, List<List<String>> rows, int columns) {
        float[] natural = new float[columns];
        float[] minimum = new float[columns];
        List<List<String>> all = new ArrayList<>(rows);
        all.add(headers);
        for (List<String> row : all) {
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                for (String line : cell.split("\n", -1)) {
                    natural[c] = Math.max(natural[c], flow.typeface().width(line, SIZE) + 2 * PAD_X);
                }
                minimum[c] = Math.max(minimum[c], breaker.widestUnbreakable(cell) + 2 * PAD_X);
            }
        }
        for (int c = 0; c < columns; c++) {
            minimum[c] = Math.min(minimum[c], natural[c]);
        }
        return ColumnWidths.of(natural, minimum, PageFlow.WIDTH);
    }

    private List<List<String>> wrap(List<String> cells) {
        List<List<String>> wrapped = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            wrapped.add(breaker.lines(cells.get(c), Math.max(widths[c] - 2 * PAD_X, 1)));
        }
        return wrapped;
    }

    private static float height(List<List<String>> cellLines) {
        return cellLines.isEmpty() ? 0 : lineCount(cellLines) * LEADING + 2 * PAD_Y;
    }

    private static int lineCount(List<List<String>> cellLines) {
        int lines = 1;
        for (List<String> cell : cellLines) {
            lines = Math.max(lines, cell.size());
        }
        return lines;
    }

    /** The row's cells as printable text, padded with empty cells to the table's column count. */
    private static List<String> cells(List<String> row, int columns, Typeface typeface) {
        List<String> cells = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            cells.add(c < row.size() ? typeface.printable(row.get(c)) : "");
        }
        return cells;
    }
}
