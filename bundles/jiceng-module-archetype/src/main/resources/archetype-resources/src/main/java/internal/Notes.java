package ${package}.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the module does, scoped to a jurisdiction's subtree. REST, SOAP and demo data all go through
 * here, so a rule holds whichever way a record comes in.
 */
@Component(service = Notes.class)
public class Notes {
    static final Set<String> SORTABLE = Set.of("id", "title", "createdOn");
    private static final Map<String, String> SORT = Map.of("id", "n.id", "title", "n.title", "createdOn", "n.createdOn");

    private final Store store;

    @Activate
    public Notes(@Reference Store store) {
        this.store = store;
    }

    /** Records a note in the jurisdiction (404 for an unknown code) as the calling account. */
    public NoteView create(String code, String title, String body, LocalDate today) {
        NoteRules.checkNew(title, body);
        store.subtreeCodes(code);
        return store.tx().write(em -> {
            NoteEntity n = new NoteEntity();
            n.jurisdictionCode = code;
            n.title = title.trim();
            n.body = body;
            n.createdBy = Store.caller();
            n.createdOn = today;
            em.persist(n);
            return n;
        }).toView();
    }

    /** Notes of the jurisdiction and everything below it, newest first unless sorted otherwise. */
    public Page<NoteView> list(String code, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<NoteEntity> rows = new QueryBuilder("NoteEntity", "n").where("n.jurisdictionCode IN :codes", "codes", codes)
                    .page(em, NoteEntity.class, page.withDefaultOrder(new PageRequest.Order("createdOn", false)), SORT);
            List<NoteView> items = new ArrayList<>();
            rows.items().forEach(n -> items.add(n.toView()));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    /** How many notes the module holds anywhere: the demo data writes the notes it has not written yet. */
    long count() {
        return store.tx().read(em -> em.createQuery("SELECT COUNT(n) FROM NoteEntity n", Long.class).getSingleResult());
    }
}
