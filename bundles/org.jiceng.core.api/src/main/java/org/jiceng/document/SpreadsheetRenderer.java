package org.jiceng.document;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders documents as spreadsheets, for lists a county hands on to be summed, sorted or filled in
 * (rankings, subsidy rolls, result lists); a core service, used by modules through this API only.
 * The same {@link Document} a module prints through {@link DocumentRenderer} is its input, so one
 * builder serves both.
 */
@ProviderType
public interface SpreadsheetRenderer {

    /** The media type of {@link #xlsx(Document)}'s output. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The document as an Excel workbook (Office Open XML). Never null. Each {@link Document.Table}
     * becomes one sheet named after the nearest preceding {@link Document.Heading} (the title if
     * there is none), made valid for Excel (at most 31 characters, none of {@code []:*?/\}) and
     * unique in the workbook. A sheet starts with the document's title, then the headings,
     * paragraphs and fields (label and value in two columns) that come before its table since the
     * previous table, then the table's header row (bold, frozen) and its rows. Blocks after the last
     * table go below it; a document without a table gives one sheet with all its text.
     *
     * <p>A table cell that reads as a plain decimal number ({@code 12}, {@code -3.5},
     * {@code 3600.00}) is a numeric cell, so sums work; a cell with a leading zero
     * ({@code 0430581}), a whole number of six digits or more (division codes, phone and ID
     * numbers) or anything else is text. Null texts are empty cells. Safe to call from concurrent
     * requests.
     */
    byte[] xlsx(Document document);
}
