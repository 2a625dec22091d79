package org.jiceng.core.console.internal;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jiceng.module.ModuleRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /console/}: the web console's files. The console is a single page that routes with the URL's
 * fragment ({@code #/modules}), so every file it needs has one fixed name here; it reads and writes
 * only through {@code /api/v1} with the signed-in account's bearer token, and so sees exactly what the
 * API lets that account see. A plain servlet rather than a whiteboard resource: {@code /console} and
 * {@code /console/} must lead to the index, and every file is revalidated by its ETag so that a
 * console updated with the bundle is never mixed with a cached older one.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/console",
        "osgi.http.whiteboard.servlet.pattern=/console/*",
        "osgi.http.whiteboard.servlet.name=jiceng-console",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public class ConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String FOLDER = "console/";

    private static final String PANELS = "/panels.json";

    private final transient ConsoleFiles files;
    private final transient ModulePanels panels;

    @Activate
    public ConsoleServlet(BundleContext context, @Reference ModuleRegistry registry) {
        this(new ConsoleFiles(name -> context.getBundle().getEntry(FOLDER + name)), new ModulePanels(registry, context::getBundle));
    }

    ConsoleServlet(ConsoleFiles files, ModulePanels panels) {
        this.files = files;
        this.panels = panels;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() == null) { // "/console": relative links of the page need the slash
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/console/");
            return;
        }
        String path = request.getPathInfo();
        if (PANELS.equals(path)) { // which modules installed now have a panel: code and names only, no data
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream().write(ConsoleFiles.utf8(panels.json()));
            return;
        }
        Optional<ConsoleFiles.File> file = path.startsWith(ModulePanels.PREFIX) ? panels.find(path) : files.find(path);
        if (file.isEmpty()) {
            // through the context's error handler: a problem+json like every other error of the server
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ConsoleFiles.File f = file.get();
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", f.etag());
        if (f.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(f.contentType());
        response.setContentLength(f.bytes().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(f.bytes());
        }
    }
}
