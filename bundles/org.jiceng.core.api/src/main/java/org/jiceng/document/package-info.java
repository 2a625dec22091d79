/**
 * Printable documents (appointment letters, session notices, resolutions, election results):
 * modules describe a document as a {@link org.jiceng.document.Document} of blocks and the
 * core's {@link org.jiceng.document.DocumentRenderer} lays it out as PDF with embedded CJK
 * glyphs, so no module carries fonts or a PDF library.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jiceng.document;
