package org.jiceng.core.soap.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.jws.WebParam;

import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.service.invoker.Invoker;
import org.apache.cxf.service.invoker.MethodDispatcher;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.jiceng.common.JicengException;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRegistry;

/**
 * The module gate of a module's SOAP endpoint, as the REST gate is for its resources: before an
 * operation runs, {@link ModuleRegistry#requireEnabled} with the module's id and the operation's
 * {@value ModuleEndpoints#JURISDICTION_PARAMETER} argument. Its exception becomes the fault a
 * module's own call used to give (see {@link FaultMapper}). Runs inside {@link CallerBindingInvoker},
 * as requireEnabled also checks the caller's scope.
 */
final class ModuleGateInvoker implements Invoker {
    private final String moduleId;
    private final ModuleRegistry modules;
    private final Map<Method, Integer> jurisdictionArgument;
    private final Invoker delegate;

    private ModuleGateInvoker(String moduleId, ModuleRegistry modules, Map<Method, Integer> jurisdictionArgument, Invoker delegate) {
        this.moduleId = moduleId;
        this.modules = modules;
        this.jurisdictionArgument = Map.copyOf(jurisdictionArgument);
        this.delegate = delegate;
    }

    /**
     * Gates every operation of the endpoint CXF built (so exactly the operations it will dispatch).
     *
     * @throws UngatedOperationException when an operation has no jurisdiction parameter: fail-closed,
     *         such an endpoint is not published at all
     */
    static ModuleGateInvoker of(String moduleId, ModuleRegistry modules, Endpoint endpoint, Invoker delegate) {
        MethodDispatcher dispatcher = dispatcher(endpoint.getService());
        Map<Method, Integer> arguments = new HashMap<>();
        List<String> ungated = new ArrayList<>();
        for (BindingOperationInfo operation : endpoint.getEndpointInfo().getBinding().getOperations()) {
            Method method = dispatcher.getMethod(operation);
            int index = method == null ? -1 : jurisdictionParameter(method);
            if (index < 0) {
                ungated.add(operation.getName().getLocalPart());
            } else {
                arguments.put(method, index);
            }
        }
        if (!ungated.isEmpty()) {
            throw new UngatedOperationException(ungated);
        }
        return new ModuleGateInvoker(moduleId, modules, arguments, delegate);
    }

    @Override
    public Object invoke(Exchange exchange, Object arguments) {
        BindingOperationInfo operation = exchange.getBindingOperationInfo();
        Method method = operation == null ? null : dispatcher(exchange.getService()).getMethod(operation);
        Integer index = method == null ? null : jurisdictionArgument.get(method);
        if (index == null) {
            // Every operation was checked when the endpoint was published; anything else is refused, never let through.
            throw new Fault(new IllegalStateException("SOAP operation " + operation + " of module " + moduleId + " is not gated"));
        }
        Object code = arguments instanceof List<?> list && index < list.size() ? list.get(index) : null;
        try {
            modules.requireEnabled(moduleId, code == null ? null : code.toString());
        } catch (JicengException e) {
            throw new Fault(e);
        }
        return delegate.invoke(exchange, arguments);
    }

    private static MethodDispatcher dispatcher(org.apache.cxf.service.Service service) {
        return (MethodDispatcher) service.get(MethodDispatcher.class.getName());
    }

    private static int jurisdictionParameter(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof WebParam p && ModuleEndpoints.JURISDICTION_PARAMETER.equals(p.name())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A module endpoint with operations that take no jurisdiction, which the gate could not check. */
    static final class UngatedOperationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UngatedOperationException(List<String> operations) {
            super("operations without a @WebParam(name = \"" + ModuleEndpoints.JURISDICTION_PARAMETER + "\") parameter: " + operations);
        }
    }
}
