package org.jiceng.core.apidocs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;

class ContractModelsTest {
    record Stamped(LocalDateTime recordedAt, Instant expiresAt) {
    }

    @Test
    @SuppressWarnings("rawtypes")
    void aLocalDateTimeIsAStringWithoutOffsetAndAnInstantADateTime() {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(new ContractModels());
        Map<String, Schema> schemas = converters.readAll(Stamped.class);
        Schema stamped = schemas.values().iterator().next();
        Schema recordedAt = (Schema) stamped.getProperties().get("recordedAt");
        assertEquals("string", recordedAt.getType());
        assertEquals(ContractModels.LOCAL_DATE_TIME, recordedAt.getFormat());
        assertEquals("date-time", ((Schema) stamped.getProperties().get("expiresAt")).getFormat());
    }
}
