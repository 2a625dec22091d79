package org.jiceng.core.inbox.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemStatus;
import org.jiceng.procedure.ProcedureService;
import org.jiceng.procedure.ProcedureStatus;
import org.jiceng.transfer.TransferService;
import org.jiceng.transfer.TransferStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The core engines' deadlines: problems to rectify, procedure steps, introduction letters awaiting receipt. */
@Component(service = InboxContributor.class)
public class EngineDeadlines implements InboxContributor {
    private final ProblemService problems;
    private final ProcedureService procedures;
    private final TransferService transfers;

    @Activate
    public EngineDeadlines(@Reference ProblemService problems, @Reference ProcedureService procedures, @Reference TransferService transfers) {
        this.problems = problems;
        this.procedures = procedures;
        this.transfers = transfers;
    }

    @Override
    public List<InboxItem> items(String code, LocalDate until, int limit) {
        LocalDate today = LocalDate.now();
        List<InboxItem> items = new ArrayList<>();
        collect(items, limit, page -> problems.find(code, null, null, null, null, page), p -> {
            boolean open = p.status() != ProblemStatus.RECTIFIED && p.status() != ProblemStatus.VERIFIED;
            return open && p.deadline() != null && !p.deadline().isAfter(until)
                    ? new InboxItem("problems", "rectification", String.valueOf(p.id()), p.category() + ": " + p.description(),
                            p.jurisdictionCode(), p.deadline(), p.deadline().isBefore(today), "/problems/" + p.id())
                    : null;
        });
        collect(items, limit, page -> procedures.find(code, null, ProcedureStatus.RUNNING, null, page),
                i -> i.currentDue() != null && !i.currentDue().isAfter(until)
                        ? new InboxItem("procedures", i.definitionKey() + ":" + i.currentStepKey(), String.valueOf(i.id()), i.title(),
                                i.jurisdictionCode(), i.currentDue(), i.currentDue().isBefore(today), "/procedures/instances/" + i.id())
                        : null);
        collect(items, limit, page -> transfers.find(code, null, TransferStatus.ISSUED, page), t -> {
            LocalDate expires = t.issuedOn().plusDays(t.validityDays());
            return !expires.isAfter(until)
                    ? new InboxItem("transfers", "letter-receipt", String.valueOf(t.id()),
                            "介绍信 " + t.letterNumber(), null, expires, expires.isBefore(today), "/transfers/" + t.id())
                    : null;
        });
        return items;
    }

    /** Walks a paged query, keeping what {@code toItem} turns into an item (null: not due). */
    private static <T> void collect(List<InboxItem> items, int limit, PagedQuery<T> query, Function<T, InboxItem> toItem) {
        for (int page = 0; items.size() < limit; page++) {
            Page<T> p = query.apply(PageRequest.of(page, PageRequest.MAX_SIZE, null, java.util.Set.of()));
            for (T t : p.items()) {
                InboxItem item = toItem.apply(t);
                if (item != null && items.size() < limit) {
                    items.add(item);
                }
            }
            if (page + 1 >= p.getTotalPages()) {
                return;
            }
        }
    }

    /** A paged query. */
    @FunctionalInterface
    interface PagedQuery<T> {
        Page<T> apply(PageRequest page);
    }
}
