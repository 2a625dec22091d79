package org.jiceng.registry;

import java.util.Arrays;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Records outside the registry's own tables that refer to a member or an organization by id — an
 * engine's problem or accountability action, a module's delegate or dispatched cadre. Before the
 * registry deletes a member or an organization it asks every registered {@code RecordReferences}
 * and refuses with 409 naming what still refers to it, so no history is left pointing at nothing.
 * <p>
 * Every bundle whose tables hold member or organization ids registers one as a DS component
 * ({@code @Component(service = RecordReferences.class)}); a module's is asked only while the module
 * is installed, and its records stay when it is removed (they keep their ids and count again when it
 * returns). The registry's own references (development events, positions, transfers …) are
 * registered the same way. The engines count a record as the subject of a problem, a procedure
 * instance or a checklist evaluation when the subject's type is the record's name ({@code MEMBER},
 * {@code ORGANIZATION}) and its id the record's id.
 */
@ConsumerType
public interface RecordReferences {

    /**
     * The records of this bundle that refer to the member or organization, one count per kind of
     * record that has any; an empty list when none does.
     */
    List<ReferenceCount> referencesTo(ReferencedRecord record, long id);

    /** The counts that are not 0: what an implementation returns after counting each kind of record. */
    static List<ReferenceCount> nonZero(ReferenceCount... counts) {
        return Arrays.stream(counts).filter(c -> c.count() > 0).toList();
    }

    /** What a reference points at: a registry member or organization, by its id. */
    enum ReferencedRecord {
        MEMBER, ORGANIZATION
    }

    /**
     * How many records of one kind refer to it.
     *
     * @param records what they are, plural-neutral as in the refusal: {@code "problem(s)"}
     * @param count how many
     */
    record ReferenceCount(String records, long count) {
        @Override
        public String toString() {
            return count + " " + records;
        }
    }
}
