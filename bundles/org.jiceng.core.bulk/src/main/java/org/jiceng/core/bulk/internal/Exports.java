package org.jiceng.core.bulk.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.DevelopmentService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.jiceng.registry.PersonalDataMask;
import org.jspecify.annotations.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Lists and member records as XLSX in the import layout, so an export can be edited and imported
 * again. Member lists come from the member service's list query, so ID card and phone numbers are
 * masked exactly as in the REST list.
 */
@Component(service = Exports.class)
public class Exports {
    /**
     * Organizations remembered by a list export for its rows' organization names: bounded, so a
     * province's 200,000 do not all stay in memory; those a page lacks are read in one query.
     */
    static final int ORGANIZATIONS_REMEMBERED = 5_000;

    private final MemberService members;
    private final OrganizationService organizations;
    private final DevelopmentService development;

    @Activate
    public Exports(@Reference MemberService members, @Reference OrganizationService organizations,
            @Reference DevelopmentService development) {
        this.members = members;
        this.organizations = organizations;
        this.development = development;
    }

    /**
     * Streams every member the query finds to {@code out} in the order of their ids, a page at a time as
     * the rows are written: the export of a province holds no more than a page and a buffer, and
     * continues on further sheets past a sheet's 1,048,576 rows. (Not grouped by organization: PostgreSQL
     * plans a page after a cursor on the organization by walking the subtree's organizations from the
     * first one, 300 ms a page deep into a province, where a page after an id takes 6 ms.)
     *
     * @return the number of members written
     */
    public long members(MemberQuery query, OutputStream out) throws IOException {
        Map<Long, PartyOrganization> orgs = remembered();
        PagedRows<Member> rows = new PagedRows<>(page -> members.find(query, page),
                page -> resolve(orgs, page.stream().map(Member::organizationId).toList()), m -> memberRow(m, orgs));
        try (StreamedWorkbook xlsx = new StreamedWorkbook(out)) {
            return xlsx.table("党员", Columns.headers(Columns.MEMBER), rows);
        }
    }

    /** Streams every organization the query finds to {@code out}, as {@link #members} does. */
    public long organizations(OrganizationQuery query, OutputStream out) throws IOException {
        Map<Long, PartyOrganization> parents = remembered();
        PagedRows<PartyOrganization> rows = new PagedRows<>(page -> organizations.find(query, page),
                page -> resolve(parents, page.stream().map(PartyOrganization::parentId).filter(Objects::nonNull).toList()), o -> {
                    PartyOrganization parent = o.parentId() == null ? null : parents.get(o.parentId());
                    return List.of(o.name(), Vocabulary.label(o.type()), Vocabulary.label(o.field()), o.jurisdictionCode(),
                            parent == null ? "" : parent.name(), parent == null ? "" : parent.jurisdictionCode(), text(o.termStart()),
                            text(o.termEnd()), Vocabulary.label(o.status()), o.starRating() == null ? "" : String.valueOf(o.starRating()));
                });
        try (StreamedWorkbook xlsx = new StreamedWorkbook(out)) {
            return xlsx.table("党组织", Columns.headers(Columns.ORGANIZATION), rows);
        }
    }

    /** Reads the organizations of a page that are not remembered yet, in one query. */
    private void resolve(Map<Long, PartyOrganization> remembered, List<Long> ids) {
        // repeated ids are read once by getAll
        List<Long> missing = ids.stream().filter(id -> !remembered.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            remembered.putAll(organizations.getAll(missing));
        }
    }

    /** The organizations used last, at most {@value #ORGANIZATIONS_REMEMBERED}. */
    private static Map<Long, PartyOrganization> remembered() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, PartyOrganization> eldest) {
                return size() > ORGANIZATIONS_REMEMBERED;
            }
        };
    }

    /** 纪实档案: the member (masked) and every development step. */
    public byte[] memberRecord(long memberId) {
        Member m = PersonalDataMask.mask(members.get(memberId));
        List<List<String>> steps = new ArrayList<>();
        for (DevelopmentEvent e : development.history(memberId)) {
            steps.add(List.of(text(e.date()), e.type().name(), nz(e.decidingBody()), e.evidence().toString(), nz(e.recordedBy()),
                    e.extensionMonths() == null ? "" : String.valueOf(e.extensionMonths()), nz(e.note())));
        }
        try (XlsxWriter xlsx = new XlsxWriter()) {
            return xlsx.sheet("党员", Columns.headers(Columns.MEMBER), List.of(memberRow(m, new HashMap<>())))
                    .sheet("发展纪实", List.of("日期", "事项", "决定机关", "材料", "记录人", "延长月数", "备注"), steps).bytes();
        }
    }

    private List<String> memberRow(Member m, Map<Long, PartyOrganization> orgs) {
        // a list's organizations were read with their page (resolve); a member's record reads its own
        PartyOrganization o = orgs.computeIfAbsent(m.organizationId(), organizations::get);
        return List.of(m.name(), Vocabulary.label(m.gender()), text(m.birthDate()), Vocabulary.label(m.education()),
                nz(m.idCardNumber()), nz(m.phone()), nz(m.memberNumber()), o.jurisdictionCode(), o.name(),
                Vocabulary.label(m.stage()), text(m.applicationDate()), text(m.activistDate()), text(m.candidateDate()),
                text(m.probationDate()), text(m.fullDate()), m.hasPost() ? "是" : "否");
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Walks a list page by page without holding it: after the first page it follows each page's cursor
     * (keyset paging: a deep page costs what the first does, and the list is counted once), and pages
     * by number only where the list gives no cursor (a first page searched by name).
     */
    static final class PagedRows<T> implements Iterator<List<String>> {
        private final Function<PageRequest, Page<T>> query;
        private final Consumer<List<T>> beforeRows;
        private final Function<T, List<String>> toRow;
        private final PageRequest first;
        private Iterator<T> current = Collections.emptyIterator();
        private @Nullable PageRequest nextRequest;
        private int nextNumber = 1;

        /**
         * Pages in the list's default order (by id: a page after an id is found at once however deep it is).
         *
         * @param beforeRows sees each page before its rows are made, to read what they refer to at once
         */
        PagedRows(Function<PageRequest, Page<T>> query, Consumer<List<T>> beforeRows, Function<T, List<String>> toRow) {
            this.query = query;
            this.beforeRows = beforeRows;
            this.toRow = toRow;
            first = byNumber(0);
            nextRequest = first;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && nextRequest != null) {
                Page<T> page = query.apply(nextRequest);
                beforeRows.accept(page.items());
                current = page.items().iterator();
                if (page.next() != null) {
                    nextRequest = first.after(page.next());
                } else if (page.total() != Page.NOT_COUNTED && nextNumber < page.getTotalPages()) {
                    nextRequest = byNumber(nextNumber++);
                } else {
                    nextRequest = null;
                }
            }
            return current.hasNext();
        }

        private static PageRequest byNumber(int number) {
            return PageRequest.of(number, PageRequest.MAX_SIZE, null, Set.of());
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return toRow.apply(current.next());
        }
    }
}
