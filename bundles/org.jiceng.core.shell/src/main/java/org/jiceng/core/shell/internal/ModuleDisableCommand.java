package org.jiceng.core.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.module.ModuleRegistry;

@Command(scope = "jiceng", name = "module-disable", description = "Removes a module's enablement for a jurisdiction; its data is kept")
@Service
public class ModuleDisableCommand implements Action {
    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "module", description = "Module id", required = true)
    String moduleId;

    @Argument(index = 1, name = "jurisdiction", description = "Jurisdiction code", required = true)
    String code;

    @Override
    public Object execute() {
        boolean changed = modules.disable(moduleId, code);
        System.out
                .println(changed ? "Module " + moduleId + " disabled for " + code : "Module " + moduleId + " was not enabled explicitly for " + code);
        return null;
    }
}
