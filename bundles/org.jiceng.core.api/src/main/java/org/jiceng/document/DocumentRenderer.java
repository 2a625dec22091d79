package org.jiceng.document;

import org.osgi.annotation.versioning.ProviderType;

/** Renders documents; a core service, used by modules through this API only. */
@ProviderType
public interface DocumentRenderer {

    /** The media type of {@link #pdf(Document)}'s output. */
    String PDF = "application/pdf";

    /**
     * The document as a PDF (A4, CJK text embedded as a font subset). Never null. Characters the
     * embedded fonts lack (emoji, rare scripts) print as "?"; null texts print as empty. Safe to
     * call from concurrent requests.
     */
    byte[] pdf(Document document);
}
