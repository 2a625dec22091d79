package org.jiceng.module;

/**
 * How a module contributes interfaces. A module registers plain DS services; the core collects them.
 *
 * <h2>REST</h2> A JAX-RS resource class annotated {@code @Path(ModuleEndpoints.JURISDICTION_SCOPE +
 * "<module-id>")} (or {@code "<module-id>/<aggregate>"}), registered as a DS service marked
 * {@link ModuleRestResource} (property {@link #REST_RESOURCE}{@code =true}) — not as a JAX-RS
 * whiteboard resource. The core's one JAX-RS application routes {@code /jurisdictions/{code}/<module-id>/…}
 * to it, so installing, updating or removing a module never rebuilds the application (which would
 * make every other request fail for a moment). The core answers 404 in every jurisdiction where the
 * module is not enabled, before the resource is called, and 503 while the module's bundle is
 * stopping or starting; a stopping module's requests in flight are allowed to finish first.
 *
 * <h2>SOAP</h2> A JAX-WS annotated class registered as a {@link SoapEndpoint} service with property
 * {@link #SOAP_ADDRESS} (e.g. {@code /TermReminderService}); the core publishes it under
 * {@code /services} and removes it when the service goes away. The core applies the module gate to
 * it, as it does to REST: every operation of an endpoint registered by a module bundle (one with the
 * {@value ModuleHeaders#ID} header) takes the jurisdiction as a parameter named
 * {@value #JURISDICTION_PARAMETER}, and before the operation runs the core calls
 * {@link ModuleRegistry#requireEnabled} with the module's id and that code, so a jurisdiction where the
 * module is not enabled (or that is outside the caller's scope) gets its fault: a Client fault
 * "not enabled" with the problem status 404. The operation itself does not call it.
 *
 * <pre>
 * &#64;WebMethod
 * public Dashboard getDashboard(&#64;WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, ...)
 * </pre>
 *
 * Fail-closed: the core refuses to publish a module endpoint that has an operation without this
 * parameter, and logs an error naming the operation; no operation of it is reachable until the
 * module is fixed. Core endpoints (bundles without the header) are not gated.
 *
 * <h2>Persistence</h2> The bundle carries its own {@code META-INF/persistence.xml} (header
 * {@code Meta-Persistence}) with a non-JTA data source {@link #DATA_SOURCE}, and SQL migrations
 * under {@code db/migration/} applied by {@link org.jiceng.persistence.SchemaMigrator}.
 */
public final class ModuleEndpoints {
    /** Path prefix that puts a module resource under a jurisdiction: {@code /api/v1/jurisdictions/{code}/<module-id>}. */
    public static final String JURISDICTION_SCOPE = "jurisdictions/{code}/";
    /** Service property marking a module's REST resource (see {@link ModuleRestResource}). */
    public static final String REST_RESOURCE = "jiceng.module.rest.resource";
    /** The core serves all REST through the whiteboard default application (base /api/v1); a second application would break the first. */
    public static final String REST_APPLICATION_SELECT = "(osgi.jaxrs.name=.default)";
    /** Service property: relative address of a SOAP endpoint under {@code /services}. */
    public static final String SOAP_ADDRESS = "jiceng.soap.address";
    /**
     * The {@code @WebParam} name of the jurisdiction code every operation of a module SOAP endpoint
     * takes; the core gates the operation on it (see the class comment).
     */
    public static final String JURISDICTION_PARAMETER = "jurisdictionCode";
    /** JNDI-style reference to the one Jiceng data source, for persistence.xml. */
    public static final String DATA_SOURCE = "osgi:service/javax.sql.DataSource/(osgi.jndi.service.name=jiceng)";

    private ModuleEndpoints() {
    }
}
