package org.jiceng.core.inbox.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jiceng.common.Validator;
import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.jiceng.inbox.InboxService;
import org.jiceng.module.ModuleDeclaration;
import org.jiceng.module.ModuleRegistry;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = InboxService.class)
public class InboxServiceImpl implements InboxService {
    private final Logger logger = LoggerFactory.getLogger(InboxServiceImpl.class);
    private final JurisdictionService jurisdictions;
    private final ModuleRegistry modules;
    private final List<Contribution> contributors = new CopyOnWriteArrayList<>();

    /** A contributor and the module its bundle declares (null for the core's engines). */
    private record Contribution(InboxContributor contributor, String moduleId) {
    }

    @Activate
    public InboxServiceImpl(@Reference JurisdictionService jurisdictions, @Reference ModuleRegistry modules) {
        this.jurisdictions = jurisdictions;
        this.modules = modules;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(InboxContributor contributor, ServiceReference<InboxContributor> reference) {
        contributors.add(new Contribution(contributor, ModuleDeclaration.of(reference.getBundle()).map(ModuleDeclaration::id).orElse(null)));
    }

    void removeContributor(InboxContributor contributor) {
        contributors.removeIf(c -> c.contributor() == contributor);
    }

    @Override
    public List<InboxItem> items(String jurisdictionCode, int withinDays) {
        new Validator().require("jurisdiction", jurisdictionCode).range("withinDays", withinDays, 0, 366).throwIfInvalid();
        jurisdictions.get(jurisdictionCode);
        LocalDate until = LocalDate.now().plusDays(withinDays);
        List<InboxItem> items = new ArrayList<>();
        for (Contribution c : contributors) {
            // A module contributes only where it is enabled: decided here, once, for every module.
            if (c.moduleId() != null && !modules.isEnabled(c.moduleId(), jurisdictionCode)) {
                continue;
            }
            try {
                items.addAll(c.contributor().items(jurisdictionCode, until, MAX_ITEMS));
            } catch (RuntimeException e) {
                // One broken contributor (say, a module being uninstalled) must not empty the inbox.
                logger.warn("Inbox contributor {} failed: {}", c.contributor().getClass().getName(), e.getMessage());
            }
        }
        items.sort(Comparator.comparing(InboxItem::overdue).reversed().thenComparing(InboxItem::dueDate).thenComparing(InboxItem::id));
        return items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items;
    }
}
