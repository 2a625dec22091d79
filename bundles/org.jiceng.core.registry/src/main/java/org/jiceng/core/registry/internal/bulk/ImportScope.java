package org.jiceng.core.registry.internal.bulk;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.security.Caller;

/**
 * The jurisdictions a file's rows may land in: the caller's subtree, or everywhere for an
 * administrator. A row outside it is reported exactly like a row naming a jurisdiction or an
 * organization that does not exist, so an import tells nothing about other counties. Asked in the
 * import's own transaction, once per code.
 */
final class ImportScope {
    private final Caller caller;
    private final Map<String, Boolean> within = new HashMap<>();

    ImportScope(Caller caller) {
        this.caller = caller;
    }

    /** Looks up the codes not asked yet (one query per 500). */
    void load(EntityManager em, Collection<String> codes) {
        if (caller.unrestricted()) {
            return;
        }
        Set<String> wanted = new HashSet<>(codes);
        wanted.remove(null);
        wanted.removeAll(within.keySet());
        if (wanted.isEmpty()) {
            return;
        }
        wanted.forEach(c -> within.put(c, false));
        if (caller.jurisdictionCode() == null) {
            return;
        }
        List<String> all = List.copyOf(wanted);
        for (int i = 0; i < all.size(); i += 500) {
            em.createQuery("SELECT c.descendantCode FROM JurisdictionClosureEntity c WHERE c.ancestorCode = :root AND c.descendantCode IN :codes",
                    String.class).setParameter("root", caller.jurisdictionCode()).setParameter("codes", all.subList(i, Math.min(all.size(), i + 500)))
                    .getResultList().forEach(c -> within.put(c, true));
        }
    }

    /** Whether a row may land in {@code code}; the code must have been loaded. */
    boolean allows(String code) {
        return caller.unrestricted() || (code != null && within.getOrDefault(code, false));
    }

    /** The jurisdictions of the given organizations, for rows that update a record found by its natural key. */
    static Map<Long, String> jurisdictionsOfOrganizations(EntityManager em, Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        List<Long> all = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int i = 0; i < all.size(); i += 500) {
            for (Object[] r : em.createQuery("SELECT o.id, o.jurisdictionCode FROM OrganizationEntity o WHERE o.id IN :ids", Object[].class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + 500))).getResultList()) {
                codes.put((Long) r[0], (String) r[1]);
            }
        }
        return codes;
    }
}
