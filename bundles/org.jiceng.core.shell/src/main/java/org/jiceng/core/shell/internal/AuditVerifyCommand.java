package org.jiceng.core.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.audit.AuditService;
import org.jiceng.audit.AuditVerification;

@Command(scope = "jiceng", name = "audit-verify", description = "Walks the audit hash chain and reports the first edited, deleted or missing entry")
@Service
public class AuditVerifyCommand implements Action {
    @Reference
    AuditService audit;

    @Override
    public Object execute() {
        AuditVerification v = audit.verify();
        if (v.valid()) {
            System.out.println("Audit chain VALID: " + v.entriesChecked() + " entries, last seq " + v.lastSeq()
                    + (audit.recording() ? "" : " (recording is switched OFF)"));
        } else {
            System.out.println("Audit chain BROKEN at seq " + v.firstBrokenSeq() + ": " + v.reason() + " (" + v.entriesChecked()
                    + " entries read, head at " + v.lastSeq() + ")");
        }
        return null;
    }
}
