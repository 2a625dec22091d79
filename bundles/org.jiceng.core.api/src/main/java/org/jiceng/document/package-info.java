/**
 * Printable documents (appointment letters, session notices, resolutions, election results):
 * modules describe a document as a {@link org.jiceng.document.Document} of blocks and the
 * core's {@link org.jiceng.document.DocumentRenderer} lays it out as PDF with embedded CJK
 * glyphs, so no module carries fonts or a PDF library; the core's
 * {@link org.jiceng.document.SpreadsheetRenderer} renders the same document as an XLSX workbook
 * (one sheet per table) for lists that are exchanged as spreadsheets.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.1.0")
package org.jiceng.document;
