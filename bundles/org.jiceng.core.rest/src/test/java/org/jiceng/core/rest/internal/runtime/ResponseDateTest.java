package org.jiceng.core.rest.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

class ResponseDateTest {
    private final AtomicLong clock = new AtomicLong(1_796_000_000_123L); // a Monday in December 2026, 7 in the morning
    private final ResponseDate date = new ResponseDate(clock::get);

    @Test
    void theTextIsTheOneCxfWouldHaveWritten() {
        SimpleDateFormat cxf = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US); // CXF's Headers.getHttpDateFormat
        cxf.setTimeZone(TimeZone.getTimeZone("GMT"));
        for (long millis : new long[]{clock.get(), 1_767_225_599_999L, 1_767_225_600_000L, 1_772_323_200_500L}) {
            clock.set(millis);
            assertEquals(cxf.format(new Date(millis)), date.now(), "at " + millis);
        }
    }

    @Test
    void aSecondsTextIsMadeOnce() {
        String first = date.now();
        clock.addAndGet(800);
        assertSame(first, date.now(), "the same second");
        clock.addAndGet(200);
        assertNotEquals(first, date.now(), "the next second");
    }

    @Test
    void aResponseGetsTheHeaderUnlessItHasOne() {
        Message plain = new MessageImpl();
        date.handleMessage(plain);
        assertEquals(List.of(date.now()), headersOf(plain).get("date"), "found however it is spelt, as CXF looks it up");

        Message dated = new MessageImpl();
        Map<String, List<Object>> own = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        own.put("Date", List.of("Thu, 01 Jan 2026 00:00:00 GMT"));
        dated.put(Message.PROTOCOL_HEADERS, own);
        date.handleMessage(dated);
        assertEquals(List.of("Thu, 01 Jan 2026 00:00:00 GMT"), headersOf(dated).get("Date"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Object>> headersOf(Message message) {
        return (Map<String, List<Object>>) message.get(Message.PROTOCOL_HEADERS);
    }
}
