package org.jiceng.soap;

import java.time.LocalDate;

import javax.xml.bind.annotation.adapters.XmlAdapter;

/** xs:date text for java.time dates, which JAXB 2.3 does not know. */
public class LocalDateAdapter extends XmlAdapter<String, LocalDate> {
    @Override
    public LocalDate unmarshal(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    @Override
    public String marshal(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
