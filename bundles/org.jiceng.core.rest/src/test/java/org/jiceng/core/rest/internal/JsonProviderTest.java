package org.jiceng.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.common.Page;
import org.jiceng.orglife.Attendance;
import org.jiceng.registry.Gender;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** The API's records read and write the JSON their JavaBeans did before API 2.0. */
class JsonProviderTest {
    private final ObjectMapper json = JsonProvider.mapper();

    @Test
    void aMemberReadsWithoutItsPrimitivesAsTheBeanDid() throws Exception {
        Member m = json.readValue("{\"name\":\"张三\",\"gender\":\"MALE\",\"birthDate\":\"1990-01-01\",\"organizationId\":7,\"stage\":\"FULL\"}",
                Member.class);
        assertEquals(0, m.version());
        assertFalse(m.hasPost());
        assertNull(m.id());
        assertEquals(LocalDate.of(1990, 1, 1), m.birthDate());
    }

    @Test
    void anExplicitNullForAPrimitiveIsStillRefused() {
        assertThrows(MismatchedInputException.class, () -> json.readValue("{\"name\":\"张三\",\"version\":null}", Member.class));
        assertThrows(MismatchedInputException.class, () -> json.readValue("{\"memberId\":1,\"present\":null}", Attendance.class));
    }

    @Test
    void propertiesKeepTheirBeanNames() throws Exception {
        Member m = Member.builder().id(1L).name("张三").gender(Gender.MALE).stage(MemberStage.FULL).hasPost(true).version(3).build();
        String written = json.writeValueAsString(m);
        assertEquals("{\"id\":1,\"name\":\"张三\",\"gender\":\"MALE\",\"birthDate\":null,\"education\":null,\"organizationId\":null,"
                + "\"jurisdictionCode\":null,\"stage\":\"FULL\",\"applicationDate\":null,\"activistDate\":null,\"candidateDate\":null,"
                + "\"probationDate\":null,\"fullDate\":null,\"hasPost\":true,\"membershipStatus\":null,\"idCardNumber\":null,\"phone\":null,"
                + "\"memberNumber\":null,\"probationExtendedMonths\":null,\"version\":3}", written);
        assertEquals(m, json.readValue(written, Member.class));
        assertEquals("{\"items\":[\"a\"],\"page\":0,\"size\":10,\"total\":11,\"next\":null,\"totalPages\":2}",
                json.writeValueAsString(new Page<>(List.of("a"), 0, 10, 11)));
        assertEquals("{\"items\":[\"a\"],\"page\":0,\"size\":1,\"total\":-1,\"next\":\"YQ.MQ\",\"totalPages\":0}",
                json.writeValueAsString(new Page<>(List.of("a"), 0, 1, Page.NOT_COUNTED, "YQ.MQ")));
        assertEquals("{\"memberId\":1,\"present\":false,\"absenceReason\":\"外出务工\"}", json.writeValueAsString(new Attendance(1L, false, "外出务工")));
    }
}
