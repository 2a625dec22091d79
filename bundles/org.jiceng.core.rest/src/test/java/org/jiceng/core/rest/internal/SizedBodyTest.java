package org.jiceng.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;

import org.jiceng.registry.Gender;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;
import org.junit.jupiter.api.Test;

/** A small JSON answer goes out whole with its length; a big one streams as it is written. */
class SizedBodyTest {
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

    @Test
    void aSmallBodyIsHeldUntilFinishedThenSentWithItsLength() throws IOException {
        SizedBody body = new SizedBody(sent, headers, 100);
        body.write("{\"a\":".getBytes(StandardCharsets.UTF_8));
        body.flush();
        body.write('1');
        body.write("}".getBytes(StandardCharsets.UTF_8), 0, 1);
        assertEquals(0, sent.size(), "nothing is sent before the body is complete, flushed or not");
        assertNull(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
        body.finish();
        assertEquals("{\"a\":1}", sent.toString(StandardCharsets.UTF_8));
        assertEquals("7", headers.getFirst(HttpHeaders.CONTENT_LENGTH));
    }

    @Test
    void aBodyPastTheLimitStreamsWithoutALength() throws IOException {
        SizedBody body = new SizedBody(sent, headers, 10);
        byte[] first = "0123456".getBytes(StandardCharsets.UTF_8);
        byte[] second = "789abcdef".getBytes(StandardCharsets.UTF_8);
        body.write(first);
        assertEquals(0, sent.size());
        body.write(second);
        assertEquals("0123456789abcdef", sent.toString(StandardCharsets.UTF_8), "what was held goes first, then the rest as it comes");
        body.write('!');
        body.finish();
        assertEquals("0123456789abcdef!", sent.toString(StandardCharsets.UTF_8));
        assertNull(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
    }

    @Test
    void aBodyExactlyAtTheLimitIsStillSentWithItsLength() throws IOException {
        byte[] bytes = new byte[4000];
        Arrays.fill(bytes, (byte) 'x');
        SizedBody body = new SizedBody(sent, headers, 4000);
        for (int i = 0; i < 4000; i += 1000) {
            body.write(bytes, i, 1000); // grows its buffer past the first kilobyte
        }
        body.finish();
        assertArrayEquals(bytes, sent.toByteArray());
        assertEquals("4000", headers.getFirst(HttpHeaders.CONTENT_LENGTH));
    }

    @Test
    void theProviderWritesAMemberWithItsLength() throws IOException {
        Member m = Member.builder().id(1L).name("张三").gender(Gender.MALE).stage(MemberStage.FULL).version(3).build();
        new JsonProvider().writeTo(m, Member.class, Member.class, new java.lang.annotation.Annotation[0],
                javax.ws.rs.core.MediaType.APPLICATION_JSON_TYPE, headers, sent);
        assertEquals(JsonProvider.mapper().writeValueAsString(m), sent.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(Integer.toString(sent.size())), headers.get(HttpHeaders.CONTENT_LENGTH));
    }
}
