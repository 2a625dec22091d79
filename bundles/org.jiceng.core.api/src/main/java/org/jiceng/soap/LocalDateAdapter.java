package org.jiceng.soap;

import java.time.LocalDate;

import javax.xml.bind.annotation.adapters.XmlAdapter;

import org.jspecify.annotations.Nullable;

/** xs:date text for java.time dates, which JAXB 2.3 does not know. */
public class LocalDateAdapter extends XmlAdapter<String, LocalDate> {
    @Override
    public @Nullable LocalDate unmarshal(@Nullable String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    @Override
    public @Nullable String marshal(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }
}
