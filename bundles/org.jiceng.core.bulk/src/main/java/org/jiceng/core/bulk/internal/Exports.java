package org.jiceng.core.bulk.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
    /** Large enough for a county; a province-wide export should be filtered. */
    static final int MAX_ROWS = 200_000;

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

    /** Streams the members to {@code out}: rows are read a page at a time and the sheet spills to disk past a window. */
    public void members(MemberQuery query, OutputStream out) throws IOException {
        Map<Long, PartyOrganization> orgs = new HashMap<>();
        try (XlsxWriter xlsx = new XlsxWriter()) {
            Iterable<List<String>> rows = () -> new PagedRows<>(page -> members.find(query, page), m -> memberRow(m, orgs));
            xlsx.sheet("党员", Columns.headers(Columns.MEMBER), rows).writeTo(out);
        }
    }

    public void organizations(OrganizationQuery query, OutputStream out) throws IOException {
        Map<Long, PartyOrganization> parents = new HashMap<>();
        try (XlsxWriter xlsx = new XlsxWriter()) {
            Iterable<List<String>> rows = () -> new PagedRows<>(page -> organizations.find(query, page), o -> {
                PartyOrganization parent = o.parentId() == null ? null : parents.computeIfAbsent(o.parentId(), organizations::get);
                return List.of(o.name(), Vocabulary.label(o.type()), Vocabulary.label(o.field()), o.jurisdictionCode(),
                        parent == null ? "" : parent.name(), parent == null ? "" : parent.jurisdictionCode(), text(o.termStart()),
                        text(o.termEnd()), Vocabulary.label(o.status()), o.starRating() == null ? "" : String.valueOf(o.starRating()));
            });
            xlsx.sheet("党组织", Columns.headers(Columns.ORGANIZATION), rows).writeTo(out);
        }
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

    /** Walks a paged query page by page, so an export never loads the whole list at once. */
    private static final class PagedRows<T> implements Iterator<List<String>> {
        private final Function<PageRequest, Page<T>> query;
        private final Function<T, List<String>> toRow;
        private Iterator<T> current = java.util.Collections.emptyIterator();
        private int nextPage;
        private int produced;
        private boolean exhausted;

        PagedRows(Function<PageRequest, Page<T>> query, Function<T, List<String>> toRow) {
            this.query = query;
            this.toRow = toRow;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !exhausted && produced < MAX_ROWS) {
                Page<T> page = query.apply(PageRequest.of(nextPage++, PageRequest.MAX_SIZE, null, java.util.Set.of()));
                current = page.items().iterator();
                exhausted = nextPage >= page.getTotalPages();
            }
            return current.hasNext() && produced < MAX_ROWS;
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            produced++;
            return toRow.apply(current.next());
        }
    }
}
