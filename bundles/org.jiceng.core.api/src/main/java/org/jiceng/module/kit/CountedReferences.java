package org.jiceng.module.kit;

import java.util.List;
import java.util.Map;

import org.jiceng.registry.RecordReferences;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's {@link RecordReferences}: JPQL counts over the module's own entities, one set for
 * members and one for organizations. A module whose tables hold member or organization ids
 * registers a subclass as a DS component, so the registry refuses to delete a record the module's
 * history names:
 *
 * <pre>
 * &#64;Component(service = RecordReferences.class)
 * public class RegistryReferences extends CountedReferences {
 *     &#64;Activate
 *     public RegistryReferences(&#64;Reference Store store) {
 *         super(store.kit(), Map.of("SELECT COUNT(d) FROM DelegateEntity d WHERE d.memberId = :id", "delegate(s)"), Map.of());
 *     }
 * }
 * </pre>
 */
@ConsumerType
public abstract class CountedReferences implements RecordReferences {
    private final ModuleStore store;
    private final Map<String, String> toMember;
    private final Map<String, String> toOrganization;

    /**
     * @param toMember counts of records naming a member ({@code :id}), each keyed by what they are
     * @param toOrganization counts of records naming an organization ({@code :id}), likewise
     */
    protected CountedReferences(ModuleStore store, Map<String, String> toMember, Map<String, String> toOrganization) {
        this.store = store;
        this.toMember = toMember;
        this.toOrganization = toOrganization;
    }

    @Override
    public final List<ReferenceCount> referencesTo(ReferencedRecord record, long id) {
        return store.countReferences(id, record == ReferencedRecord.MEMBER ? toMember : toOrganization);
    }
}
