package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Milestones of folded projects and tasks of the indicators not reported done by their day go to
 * the inbox, slipping ones (their day passed) flagged overdue; the core asks only where the module is
 * enabled.
 */
@Component(service = InboxContributor.class)
public class SlippingWork implements InboxContributor {
    static final String MILESTONE = "folded-project-milestone";
    static final String TASK = "indicator-task";

    private final Store store;
    private final Projects projects;
    private final Tasks tasks;

    @Activate
    public SlippingWork(@Reference Store store, @Reference Projects projects, @Reference Tasks tasks) {
        this.store = store;
        this.projects = projects;
        this.tasks = tasks;
    }

    @Override
    public List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit) {
        LocalDate today = store.today();
        String base = "/jurisdictions/" + jurisdictionCode + "/" + Store.MODULE_ID;
        List<InboxItem> items = new ArrayList<>();
        for (MilestoneView m : projects.dueBy(jurisdictionCode, until, limit)) {
            items.add(new InboxItem(Store.MODULE_ID, MILESTONE, String.valueOf(m.id),
                    "折子工程节点: " + m.projectTitle + " — " + m.title + " (" + m.unit + ")",
                    m.jurisdictionCode, m.dueOn, m.dueOn.isBefore(today), base + "/milestones/" + m.id));
        }
        for (TaskView t : tasks.dueBy(jurisdictionCode, until, limit)) {
            items.add(new InboxItem(Store.MODULE_ID, TASK, String.valueOf(t.id), "党建任务 " + t.code + ": " + t.title + " (" + t.unit + ")",
                    t.jurisdictionCode, t.dueOn, t.dueOn.isBefore(today), base + "/tasks/" + t.id));
        }
        return items.size() > limit ? items.subList(0, limit) : items;
    }
}
