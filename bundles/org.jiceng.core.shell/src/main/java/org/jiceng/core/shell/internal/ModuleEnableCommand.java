package org.jiceng.core.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.module.ModuleRegistry;

@Command(scope = "jiceng", name = "module-enable", description = "Enables a module for a jurisdiction and its whole subtree")
@Service
public class ModuleEnableCommand implements Action {
    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "module", description = "Module id, e.g. xingning-term-reminders", required = true)
    String moduleId;

    @Argument(index = 1, name = "jurisdiction", description = "Jurisdiction code, e.g. 441481", required = true)
    String code;

    @Override
    public Object execute() {
        boolean changed = modules.enable(moduleId, code);
        System.out.println(changed ? "Module " + moduleId + " enabled for " + code : "Module " + moduleId + " was already enabled for " + code);
        return null;
    }
}
