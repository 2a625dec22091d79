package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The county's inspection group (巡察专员): named staff, or members of the registry. */
@Component(service = Inspectors.class)
public class Inspectors {
    static final Set<String> SORTABLE = Set.of("id", "name");
    private static final Map<String, String> SORT = Map.of("id", "i.id", "name", "i.name");

    private final Store store;
    private final MemberService members;

    @Activate
    public Inspectors(@Reference Store store, @Reference MemberService members) {
        this.store = store;
        this.members = members;
    }

    /** Body of POST /inspectors. */
    public static class NewInspector {
        public String name;
        /** The post in the group, e.g. 巡察专员. */
        public String post;
        /** The registry member, when the inspector is one (a member of the county). */
        public Long memberId;
        public LocalDate appointedOn;
    }

    /** An inspector as read. */
    public static class InspectorView {
        public Long id;
        public String jurisdictionCode;
        public String name;
        public String post;
        public Long memberId;
        public LocalDate appointedOn;
        public long version;
    }

    /** Adds an inspector to the county's group; the group is the county's (422 rounds-at-county below it). */
    public InspectorView appoint(String code, NewInspector in) {
        store.requireCounty(code, TourRules.RULE_ROUNDS_AT_COUNTY, "The inspection group");
        new Validator().require("name", in.name).maxLength("name", in.name, 50).require("post", in.post).maxLength("post", in.post, 100)
                .require("appointedOn", in.appointedOn)
                .check(in.appointedOn == null || !in.appointedOn.isAfter(store.today()), "appointedOn", "must not be in the future")
                .throwIfInvalid();
        if (in.memberId != null) {
            try {
                String where = members.get(in.memberId).jurisdictionCode();
                if (where == null || !store.within(where, code)) {
                    throw new ValidationException("memberId", "no member " + in.memberId + " in " + code);
                }
            } catch (NotFoundException e) {
                throw new ValidationException("memberId", "no member " + in.memberId + " in " + code);
            }
        }
        InspectorEntity created = store.tx().write(em -> {
            InspectorEntity i = new InspectorEntity();
            i.jurisdictionCode = code;
            i.name = in.name.trim();
            i.post = in.post.trim();
            i.memberId = in.memberId;
            i.appointedOn = in.appointedOn;
            em.persist(i);
            return i;
        });
        return view(created);
    }

    public InspectorView get(String code, long id) {
        return view(store.tx().read(em -> store.find(em, InspectorEntity.class, id, "Inspector", code, i -> i.jurisdictionCode)));
    }

    /** The inspection groups of the subtree (the county's, listed at the county or above). */
    public Page<InspectorView> list(String code, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        Page<InspectorEntity> rows = store.tx().read(em -> new QueryBuilder("InspectorEntity", "i").where("i.jurisdictionCode IN :c", "c", codes)
                .page(em, InspectorEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT));
        return new Page<>(rows.items().stream().map(Inspectors::view).toList(), rows.page(), rows.size(), rows.total());
    }

    /** The county's inspectors by id, for the rounds that send them. */
    Map<Long, InspectorEntity> of(String county) {
        List<InspectorEntity> all = store.tx().read(em -> em.createQuery("SELECT i FROM InspectorEntity i WHERE i.jurisdictionCode = :c",
                InspectorEntity.class).setParameter("c", county).getResultList());
        return all.stream().collect(java.util.stream.Collectors.toMap(i -> i.id, i -> i));
    }

    static InspectorView view(InspectorEntity i) {
        InspectorView v = new InspectorView();
        v.id = i.id;
        v.jurisdictionCode = i.jurisdictionCode;
        v.name = i.name;
        v.post = i.post;
        v.memberId = i.memberId;
        v.appointedOn = i.appointedOn;
        v.version = i.version;
        return v;
    }
}
