package org.jiceng.core.rest.internal;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.deser.impl.PropertyValueBuffer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.ClassUtil;

/**
 * Reads a primitive record component that a JSON object leaves out as the primitive's default, for
 * the record types given. Jackson builds a record through its constructor and, with
 * FAIL_ON_NULL_FOR_PRIMITIVES, refuses a missing primitive argument as if it were an explicit null;
 * a JavaBean simply kept its field's initial value. An explicit null is still refused.
 */
final class AbsentPrimitivesAsDefaults extends SimpleModule {
    private static final long serialVersionUID = 1L;

    private final Set<Class<?>> types;

    AbsentPrimitivesAsDefaults(Set<Class<?>> types) {
        super("jiceng-absent-primitives-as-defaults");
        this.types = Set.copyOf(types);
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription description, ValueInstantiator found) {
                return types.contains(description.getBeanClass()) ? new Instantiator(found) : found;
            }
        });
    }

    private static final class Instantiator extends ValueInstantiator.Delegating {
        private static final long serialVersionUID = 1L;

        Instantiator(ValueInstantiator delegate) {
            super(delegate);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, SettableBeanProperty[] properties, PropertyValueBuffer buffer)
                throws IOException {
            Object[] arguments = new Object[properties.length];
            for (int i = 0; i < properties.length; i++) {
                SettableBeanProperty p = properties[i];
                if (p != null) {
                    boolean absentPrimitive = p.getType().isPrimitive() && !buffer.hasParameter(p);
                    arguments[i] = absentPrimitive ? ClassUtil.defaultValue(p.getType().getRawClass()) : buffer.getParameter(p);
                }
            }
            return createFromObjectWith(context, arguments);
        }
    }
}
