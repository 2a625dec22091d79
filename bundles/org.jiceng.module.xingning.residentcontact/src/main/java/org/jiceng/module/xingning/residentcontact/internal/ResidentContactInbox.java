package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Open residents' problems whose level's deadline falls within the inbox's window, overdue ones
 * flagged (the core asks only where the module is enabled). The title names the level and the
 * village, never the resident.
 */
@Component(service = InboxContributor.class)
public class ResidentContactInbox implements InboxContributor {
    static final String KIND = "resident-problem";

    private final Store store;
    private final ResidentProblems problems;

    @Activate
    public ResidentContactInbox(@Reference Store store, @Reference ResidentProblems problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    public List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit) {
        LocalDate today = store.today();
        List<InboxItem> items = new ArrayList<>();
        for (ProblemView p : problems.dueBy(jurisdictionCode, until, limit)) {
            String village = store.jurisdictions().find(p.villageCode).map(j -> j.name()).orElse(p.villageCode);
            items.add(new InboxItem(Store.MODULE_ID, KIND, String.valueOf(p.id), "驻点联系群众问题(" + p.levelZh + "办理): " + village, p.villageCode,
                    p.levelDeadline, p.levelDeadline.isBefore(today),
                    "/jurisdictions/" + jurisdictionCode + "/" + Store.MODULE_ID + "/problems/" + p.id));
        }
        return items;
    }
}
