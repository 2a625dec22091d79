package org.jiceng.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marker for a JAX-WS service the core publishes under {@code /services}. Register the
 * {@code @WebService} class as a DS component with {@code service = SoapEndpoint.class} and the
 * property {@link ModuleEndpoints#SOAP_ADDRESS}, e.g. {@code jiceng.soap.address=/TermReminderService}.
 */
@ConsumerType
public interface SoapEndpoint {
}
