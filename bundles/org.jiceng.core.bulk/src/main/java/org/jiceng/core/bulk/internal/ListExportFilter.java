package org.jiceng.core.bulk.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.jiceng.common.Page;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Any list of the API — core or module — as XLSX: add {@code format=xlsx} to a GET that answers a
 * page or a list, and the same items (same filters, same masking) come back as a spreadsheet with
 * one column per property. Nested values are written as JSON text.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
public class ListExportFilter implements ContainerResponseFilter {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // the answer's kind first: the query is parsed only for a list (every answer passes this filter)
        Object entity = response.getEntity();
        Collection<?> items = entity instanceof Page ? ((Page<?>) entity).items() : entity instanceof Collection ? (Collection<?>) entity : null;
        if (items == null || !HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200
                || !"xlsx".equalsIgnoreCase(request.getUriInfo().getQueryParameters().getFirst("format"))) {
            return;
        }
        List<JsonNode> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Object item : items) {
            JsonNode node = json.valueToTree(item);
            rows.add(node);
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(columns::add);
            }
        }
        List<String> header = columns.isEmpty() ? List.of("value") : new ArrayList<>(columns);
        List<List<String>> cells = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> values = new ArrayList<>();
            for (String c : header) {
                JsonNode v = row.isObject() ? row.get(c) : row;
                values.add(v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
            }
            cells.add(values);
        }
        String name = lastSegment(request.getUriInfo().getPath());
        try (XlsxWriter xlsx = new XlsxWriter()) {
            response.setEntity(xlsx.sheet(name, header, cells).bytes());
        }
        response.getHeaders().putSingle("Content-Type", ImportResource.XLSX);
        response.getHeaders().putSingle("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
    }

    private static String lastSegment(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isBlank() && !parts[i].matches("\\d+")) {
                return parts[i].replaceAll("[^A-Za-z0-9_-]", "");
            }
        }
        return "list";
    }

}
