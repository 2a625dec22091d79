package org.jiceng.core.bulk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.jiceng.common.BusyException;
import org.junit.jupiter.api.Test;

class TicketTest {
    @Test
    void placesAreLimitedAndGivenBackOnce() {
        AtomicInteger holders = new AtomicInteger();
        Ticket first = Ticket.take(holders, 2, "imports", 30);
        Ticket second = Ticket.take(holders, 2, "imports", 30);
        BusyException busy = assertThrows(BusyException.class, () -> Ticket.take(holders, 2, "imports", 30));
        assertEquals(429, busy.status());
        assertEquals(30, busy.retryAfterSeconds());
        first.close();
        first.close(); // twice gives back one place only
        assertEquals(1, holders.get());
        Ticket third = Ticket.take(holders, 2, "imports", 30);
        assertThrows(BusyException.class, () -> Ticket.take(holders, 2, "imports", 30));
        second.close();
        third.close();
        assertEquals(0, holders.get());
    }
}
