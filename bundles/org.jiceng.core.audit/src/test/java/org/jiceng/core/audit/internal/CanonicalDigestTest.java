package org.jiceng.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.jiceng.audit.AuditAction;
import org.jiceng.security.Channel;
import org.junit.jupiter.api.Test;

/** The chain's digest of an entry hashes exactly the bytes of its canonical form, which stays the definition. */
class CanonicalDigestTest {
    private static final String PREV = "ab".repeat(32);

    @Test
    void theDigestEqualsTheHashOfTheCanonicalFormForEveryKindOfText() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 6, 9, 5, 7, 40_000_000);
        List<String> texts = Arrays.asList(null, "", "li.ming", "中共稠树塘镇委员会", "say \"hi\"", "C:\\path\\", "\\\"", "\"",
                "{\"name\":\"张三 \\\"小\\\"\\n\",\"id\":\"441481********123X\"}", "emoji 😀 end", "lone \uD83D surrogate", "\uDE00",
                "nul \u0000 and tab \t", "é à ü");
        for (String text : texts) {
            for (PendingEntry e : List.of(
                    new PendingEntry(at, text, Channel.IMPORT, text, text, text, text, text, text, text, AuditAction.INSERT, text, text),
                    new PendingEntry(at, "u", Channel.REST, null, "441481", "441481", "core", "MemberEntity", "member", "7",
                            AuditAction.UPDATE, text, "{\"n\":1}"))) {
                assertEquals(AuditChain.hash(PREV, AuditChain.canonical(42, e)), CanonicalDigest.current().hash(PREV, 42, e),
                        () -> "text " + text);
            }
        }
    }

    @Test
    void timesChannelsAndActionsAreWrittenAsTheCanonicalFormWritesThem() {
        for (LocalDateTime at : List.of(LocalDateTime.of(2026, 1, 2, 3, 4, 5), LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_999),
                LocalDateTime.of(812, 3, 4, 0, 0), LocalDateTime.of(12345, 6, 7, 8, 9, 10, 1_000_000), LocalDateTime.of(1000, 1, 1, 0, 0))) {
            PendingEntry e = new PendingEntry(at, "u", Channel.SOAP, "1.2.3.4", "4414", "4414", "core", "E", "t", "1", AuditAction.DELETE,
                    null, null);
            assertEquals(AuditChain.hash(PREV, AuditChain.canonical(Long.MAX_VALUE, e)), CanonicalDigest.current().hash(PREV, Long.MAX_VALUE, e),
                    () -> "at " + at);
        }
        // an edited channel or action reads back as null: hashed as the canonical form's marker, like any other entry
        String none = null;
        PendingEntry unknown = new PendingEntry(LocalDateTime.of(2026, 1, 2, 3, 4, 5), none, null, none, none, none, none, none, none, none,
                null, none, none);
        assertEquals(AuditChain.hash(PREV, AuditChain.canonical(1, unknown)), CanonicalDigest.current().hash(PREV, 1, unknown));
    }

    @Test
    void theDigestDependsOnTheSequenceThePreviousHashAndWhereAValueStands() {
        PendingEntry e = new PendingEntry(LocalDateTime.of(2026, 1, 2, 3, 4, 5), "a\",\"b", Channel.REST, null, null, null, null, null, null,
                null, AuditAction.UPDATE, "x", "y");
        PendingEntry shifted = new PendingEntry(LocalDateTime.of(2026, 1, 2, 3, 4, 5), "a", Channel.REST, "b", null, null, null, null, null,
                null, AuditAction.UPDATE, "x", "y");
        String base = CanonicalDigest.current().hash(PREV, 5, e);
        assertNotEquals(base, CanonicalDigest.current().hash(PREV, 6, e));
        assertNotEquals(base, CanonicalDigest.current().hash(AuditChain.GENESIS, 5, e));
        assertNotEquals(base, CanonicalDigest.current().hash(PREV, 5, shifted));
        assertEquals(base, CanonicalDigest.current().hash(PREV, 5, e), "the digest is reset between entries");
    }
}
