package org.jiceng.core.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.jiceng.module.ModuleDescriptor;
import org.jiceng.module.ModuleRegistry;

@Command(scope = "jiceng", name = "module-list", description = "Lists installed Jiceng modules and where they are enabled")
@Service
public class ModuleListCommand implements Action {
    @Reference
    ModuleRegistry modules;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("State");
        table.column("Enabled for");
        for (ModuleDescriptor m : modules.modules()) {
            table.addRow().addContent(m.id(), m.nameZh() + " / " + m.nameEn(), m.version(), m.bundleState(),
                    String.join(",", m.enabledJurisdictions()));
        }
        table.print(System.out);
        return null;
    }
}
