package org.jiceng.core.bulk.internal.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.document.Document;
import org.jiceng.document.Document.Block;
import org.jiceng.document.Document.Heading;
import org.jiceng.document.Document.Table;

/**
 * One sheet of a document's workbook: its (valid, unique) name, the text blocks above its table,
 * the table (null for a document without one) and the blocks below it (only on the last sheet: the
 * text after the last table, such as the signature).
 */
record SheetPlan(String name, List<Block> above, Table table, List<Block> below) {

    /** Splits the document at its tables; a document without a table is one sheet of text. */
    static List<SheetPlan> of(Document document) {
        SheetNames names = new SheetNames();
        List<SheetPlan> sheets = new ArrayList<>();
        List<Block> pending = new ArrayList<>();
        String heading = document.title();
        for (Block block : document.blocks()) {
            if (block instanceof Table table) {
                sheets.add(new SheetPlan(names.next(heading), List.copyOf(pending), table, new ArrayList<>()));
                pending.clear();
            } else {
                if (block instanceof Heading h && h.text() != null && !h.text().isBlank()) {
                    heading = h.text();
                }
                pending.add(block);
            }
        }
        if (sheets.isEmpty()) {
            return List.of(new SheetPlan(names.next(document.title()), List.copyOf(pending), null, List.of()));
        }
        SheetPlan last = sheets.get(sheets.size() - 1);
        sheets.set(sheets.size() - 1, new SheetPlan(last.name, last.above, last.table, List.copyOf(pending)));
        return List.copyOf(sheets);
    }
}
