package org.jiceng.core.http.internal;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpOutput;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.URIUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Hardening of every HTTP answer, at Jetty level so that it covers all web contexts at once: the
 * REST whiteboard, CXF's SOAP servlet, Swagger UI and Jetty's own error pages. Pax Web calls the
 * {@link HttpConfiguration.Customizer} services it finds before any handler runs, on every
 * connector, without restarting the server when one comes or goes (a Jetty {@code Handler}
 * service would restart it).
 */
@Component(service = HttpConfiguration.Customizer.class, configurationPid = "org.jiceng.http", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = HttpHardeningConfig.class)
public class HardeningCustomizer implements HttpConfiguration.Customizer {
    /** Pax Web may add a customizer to a configuration twice (once per connector sharing it). */
    private static final String APPLIED = HardeningCustomizer.class.getName();

    private volatile HardeningPolicy policy;
    private volatile String restBase;

    @Activate
    public HardeningCustomizer(HttpHardeningConfig config) {
        modified(config);
    }

    @Modified
    void modified(HttpHardeningConfig config) {
        this.policy = HardeningPolicy.of(config);
        String base = config.restBasePath() == null ? "" : config.restBasePath().trim();
        this.restBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public void customize(Connector connector, HttpConfiguration channelConfig, Request request) {
        if (request.getAttribute(APPLIED) != null) {
            return;
        }
        request.setAttribute(APPLIED, Boolean.TRUE);
        HardeningPolicy current = policy;
        // No product and version banner for scanners.
        channelConfig.setSendServerVersion(false);
        channelConfig.setSendXPoweredBy(false);
        // The parser's own refusals (414, 431, 400) use the server's handler: in place from the first request on.
        String base = restBase;
        ErrorPages.install(request.getHttpChannel().getServer(), base);

        String path = canonicalPath(request);
        boolean secure = connector.getConnectionFactory(SslConnectionFactory.class) != null;
        Response response = request.getResponse();
        current.headers(path, secure).forEach(response::setHeader);

        long limit = current.bodyLimit(path);
        if (request.getContentLengthLong() > limit) {
            TooLarge.send(request, path, limit);
            request.setHandled(true);
            return;
        }
        request.getHttpInput().addInterceptor(new BodyLimitInterceptor(limit, () -> TooLarge.send(request, path, limit)));
        if (ProblemErrorHandler.under(base, path)) {
            HttpOutput out = response.getHttpOutput();
            out.setInterceptor(new ApiHtmlGuard(out.getInterceptor(), response, path, path.equals(base) || path.equals(base + "/")));
        }
    }

    /** Decoded and without dot segments, so that {@code /api/v1/imports/../x} is not an upload path. */
    private static String canonicalPath(Request request) {
        String decoded = request.getHttpURI().getDecodedPath();
        String canonical = decoded == null ? null : URIUtil.canonicalPath(decoded);
        return canonical == null || canonical.isEmpty() ? "/" : canonical;
    }
}
