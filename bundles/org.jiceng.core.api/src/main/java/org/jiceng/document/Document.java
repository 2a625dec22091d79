package org.jiceng.document;

import java.util.List;
import java.util.Objects;

/**
 * A printable document: a title (printed centred, large) and blocks in reading order.
 *
 * @param title  the heading of the first page, e.g. "关于召开中共××镇第×届党代会第×次年会的通知"
 * @param blocks the content, top to bottom
 */
public record Document(String title, List<Block> blocks) {
    public Document {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** A section of a document. */
    public sealed interface Block permits Heading, Paragraph, Fields, Table, Signature {
    }

    /** A section heading. */
    public record Heading(String text) implements Block {
    }

    /** A paragraph of running text, wrapped to the page width; blank lines are kept. */
    public record Paragraph(String text) implements Block {
    }

    /** Label/value pairs printed as two aligned columns, e.g. 姓名: 张三. */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One label/value pair of {@link Fields}; the label is printed with a colon unless it ends in one. */
    public record Field(String label, String value) {
    }

    /** A table with a header row; rows may break across pages (the header is repeated). */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The issuer and date printed right-aligned at the end, as on an official letter. */
    public record Signature(String issuer, String date) implements Block {
    }
}
