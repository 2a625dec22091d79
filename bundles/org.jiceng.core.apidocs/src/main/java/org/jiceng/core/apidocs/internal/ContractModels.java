package org.jiceng.core.apidocs.internal;

import java.time.LocalDateTime;
import java.util.Iterator;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Swagger's model resolver with names unique across the core and modules ({@link SchemaNames}) and
 * the API's times as they are on the wire. A {@link LocalDateTime} (when a step was recorded, when a
 * token expires) is written without an offset ({@code 2026-03-05T09:30:00.123}, the server's zone),
 * which is not an RFC 3339 {@code date-time}: swagger documented it as one, and a generated client
 * then failed to read every answer carrying one (Java's {@code OffsetDateTime} needs the offset).
 * It is documented as a string of format {@value #LOCAL_DATE_TIME}, which generators read as a string
 * and an integrator may map to a local date-time type. {@code Instant} and {@code OffsetDateTime}
 * carry their offset and stay {@code date-time}.
 */
final class ContractModels extends ModelResolver {
    static final String LOCAL_DATE_TIME = "local-date-time";

    ContractModels() {
        super(Json.mapper(), new SchemaNames());
    }

    @Override
    @SuppressWarnings("rawtypes") // swagger's converter API is raw
    public Schema resolve(AnnotatedType annotatedType, ModelConverterContext context, Iterator<ModelConverter> next) {
        if (annotatedType.getType() != null && _mapper.constructType(annotatedType.getType()).getRawClass() == LocalDateTime.class) {
            return localDateTime();
        }
        return super.resolve(annotatedType, context, next);
    }

    @SuppressWarnings("unchecked") // swagger's builders return raw schemas
    static Schema<String> localDateTime() {
        return new StringSchema().format(LOCAL_DATE_TIME).example("2026-03-05T09:30:00")
                .description("a local date-time of the server's zone, without an offset (ISO 8601, e.g. 2026-03-05T09:30:00.123)");
    }
}
