package org.jiceng.core.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.jiceng.common.Page;
import org.jiceng.common.ValidationException;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.VillageWithoutDevelopment;
import org.jiceng.module.ModuleDescriptor;
import org.jiceng.orglife.Activity;
import org.jiceng.orglife.Attendance;
import org.jiceng.orglife.BranchStatistics;
import org.jiceng.orglife.MemberHandbook;
import org.jiceng.orglife.QuarterStatistics;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.Member;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * JSON for every resource of the core and the modules: ISO dates, and unknown properties
 * refused, so a misspelt field is a clear 400 instead of silently ignored input.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsMediaType({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {

    /**
     * API DTOs with primitive components that were JavaBeans before API 2.0: a request that leaves
     * such a component out reads as its default (0, false), as it did when the bean's field kept its
     * initial value. An explicit null is still refused.
     */
    static final Set<Class<?>> BEANS_BEFORE_2_0 = Set.of(Page.class, VillageWithoutDevelopment.class, DevelopmentEvent.class, ModuleDescriptor.class,
            Attendance.class, Activity.class, QuarterStatistics.class, BranchStatistics.class, MemberHandbook.class, Jurisdiction.class, Member.class,
            PartyOrganization.class);

    /** The biggest answer held back to be sent with its length: a page of 100 members is about 47 KB. */
    static final int SIZED_BODY_LIMIT = 64 * 1024;

    public JsonProvider() {
        super(mapper());
    }

    /**
     * Every JSON body of the API, core and modules alike, is read here: an empty body or a JSON
     * {@code null} is refused once for all of them, as a 400 naming the body, instead of reaching a
     * resource method as null.
     */
    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        Object value = super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
        if (value == null) {
            throw new ValidationException("body", "a JSON request body is required");
        }
        return value;
    }

    /**
     * Every JSON answer of the API is written here: up to {@link #SIZED_BODY_LIMIT} bytes it goes out in one piece
     * with its length (see {@link SizedBody}); a bigger one streams as before.
     */
    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        SizedBody body = new SizedBody(entityStream, httpHeaders, SIZED_BODY_LIMIT);
        super.writeTo(value, type, genericType, annotations, mediaType, httpHeaders, body);
        body.finish();
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new AbsentPrimitivesAsDefaults(BEANS_BEFORE_2_0))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
