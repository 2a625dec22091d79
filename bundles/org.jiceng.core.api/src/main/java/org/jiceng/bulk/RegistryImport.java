package org.jiceng.bulk;

import java.util.List;
import java.util.function.IntConsumer;

import org.jiceng.cadre.Position;
import org.jiceng.registry.Member;
import org.jiceng.registry.PartyOrganization;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes parsed rows into the registry in one transaction: every row is checked first and the
 * whole file is refused when any row is bad, so a file is imported completely or not at all.
 * Rows whose natural key exists update that record, so importing the same file twice changes
 * nothing the second time.
 */
@ProviderType
public interface RegistryImport {

    /**
     * @param apply false for a dry run: check everything, write nothing
     * @param progress called with the number of rows handled so far
     */
    ImportResult importOrganizations(List<ImportRow<PartyOrganization>> rows, boolean apply, IntConsumer progress);

    ImportResult importMembers(List<ImportRow<Member>> rows, boolean apply, IntConsumer progress);

    /** Positions; each row's {@code value.memberId()} is ignored and the member found by the ID card number in {@code idCards}. */
    ImportResult importPositions(List<ImportRow<Position>> rows, List<String> idCards, boolean apply, IntConsumer progress);
}
