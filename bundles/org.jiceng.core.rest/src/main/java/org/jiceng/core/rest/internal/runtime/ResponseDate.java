package org.jiceng.core.rest.internal.runtime;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Gives each response its {@code Date} header from a text made once a second. CXF's JAX-RS writer sets the header
 * on every response that has none, with a {@code SimpleDateFormat} it creates each time: 3.2 % of the server's
 * samples of a member read under load (JFR). Set here, before the writer runs, as the headers CXF merges into the
 * response's, the header is the same text CXF would have written, and CXF leaves it alone. Installed by
 * {@link ServerFeature}.
 */
final class ResponseDate extends AbstractPhaseInterceptor<Message> {
    /** CXF's own format of the header (its {@code Headers.getHttpDateFormat}), that of RFC 9110. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final LongSupplier clockMillis;
    private volatile Text last = new Text(Long.MIN_VALUE, "");

    /** A second's text. */
    private record Text(long second, String value) {
    }

    ResponseDate(LongSupplier clockMillis) {
        super(Phase.SETUP); // on the way out, long before the writer (MARSHAL)
        this.clockMillis = clockMillis;
    }

    static void install(Server server) {
        server.getEndpoint().getOutInterceptors().add(new ResponseDate(System::currentTimeMillis));
    }

    @Override
    public void handleMessage(Message message) {
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> headers = (Map<String, List<Object>>) message.get(Message.PROTOCOL_HEADERS);
        if (headers == null) {
            headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            message.put(Message.PROTOCOL_HEADERS, headers);
        }
        if (!headers.containsKey("Date")) {
            List<Object> value = new ArrayList<>(1);
            value.add(now());
            headers.put("Date", value);
        }
    }

    /** The header's text for this second. */
    String now() {
        long second = Math.floorDiv(clockMillis.getAsLong(), 1000L);
        Text text = last;
        if (text.second() != second) {
            text = new Text(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
            last = text;
        }
        return text.value();
    }
}
