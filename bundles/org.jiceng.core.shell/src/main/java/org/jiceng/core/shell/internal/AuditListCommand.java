package org.jiceng.core.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.jiceng.audit.AuditEntry;
import org.jiceng.audit.AuditQuery;
import org.jiceng.audit.AuditService;
import org.jiceng.common.PageRequest;

@Command(scope = "jiceng", name = "audit-list", description = "Lists the newest audit entries")
@Service
public class AuditListCommand implements Action {
    @Reference
    AuditService audit;

    @Option(name = "--entity", description = "JPA entity name, e.g. OrganizationEntity")
    String entity;

    @Option(name = "--id", description = "primary key of the row (with --entity)")
    String entityId;

    @Option(name = "--user", description = "who wrote")
    String user;

    @Option(name = "--limit", description = "how many entries (1-500, default 20)")
    int limit = 20;

    @Override
    public Object execute() {
        var page = audit.find(new AuditQuery(entity, entityId, user, null, null, null, null),
                PageRequest.of(0, limit, "-seq", AuditService.SORTABLE));
        ShellTable table = new ShellTable();
        table.column("Seq");
        table.column("When (UTC)");
        table.column("User");
        table.column("Channel");
        table.column("Action");
        table.column("Entity");
        table.column("Id");
        table.column("Changes").maxSize(80);
        for (AuditEntry e : page.items()) {
            table.addRow().addContent(e.seq(), e.occurredAt(), e.username(), e.channel(), e.action(), e.entity(), e.entityId(),
                    e.action().name().equals("DELETE") ? e.beforeJson() : e.afterJson());
        }
        table.print(System.out);
        System.out.println(page.total() + " entries match");
        return null;
    }
}
