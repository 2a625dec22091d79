package org.jiceng.bulk;

import java.util.List;
import java.util.function.IntConsumer;

import org.jiceng.cadre.Position;
import org.jiceng.registry.Member;
import org.jiceng.registry.PartyOrganization;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes parsed rows into the registry in one transaction: the whole file is refused when any row
 * is bad, so a file is imported completely or not at all. The streaming forms take the rows a chunk
 * at a time, so memory does not grow with the file; the list forms are kept for small callers.
 * Rows whose natural key exists update that record, so importing the same file twice changes
 * nothing the second time.
 */
@ProviderType
public interface RegistryImport {

    /**
     * @param apply false for a dry run: check everything, write nothing
     * @param progress called with the number of rows handled so far
     */
    default ImportResult importOrganizations(List<ImportRow<PartyOrganization>> rows, boolean apply, IntConsumer progress) {
        return importOrganizations(ListSource.of(rows), apply, progress);
    }

    default ImportResult importMembers(List<ImportRow<Member>> rows, boolean apply, IntConsumer progress) {
        return importMembers(ListSource.of(rows), apply, progress);
    }

    /** Positions; each row's {@code value.memberId()} is ignored and the member found by the ID card number in {@code idCards}. */
    default ImportResult importPositions(List<ImportRow<Position>> rows, List<String> idCards, boolean apply, IntConsumer progress) {
        List<CadreRow> cadres = new java.util.ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            cadres.add(new CadreRow(rows.get(i), idCards.get(i)));
        }
        return importPositions(ListSource.of(cadres), apply, progress);
    }

    /**
     * Checks the rows chunk by chunk as the source hands them over and, unless {@code apply} is false,
     * writes each checked chunk while no row so far is bad; the transaction commits only if the whole
     * file was good, otherwise nothing stays written.
     */
    ImportResult importOrganizations(RowSource<ImportRow<PartyOrganization>> rows, boolean apply, IntConsumer progress);

    ImportResult importMembers(RowSource<ImportRow<Member>> rows, boolean apply, IntConsumer progress);

    ImportResult importPositions(RowSource<CadreRow> rows, boolean apply, IntConsumer progress);

    /** A list as a source, for the list forms. */
    final class ListSource<R> implements RowSource<R> {
        private final List<R> rows;
        private int position;

        private ListSource(List<R> rows) {
            this.rows = rows;
        }

        static <R> ListSource<R> of(List<R> rows) {
            return new ListSource<>(rows);
        }

        @Override
        public List<R> next(int max) {
            List<R> chunk = rows.subList(position, Math.min(rows.size(), position + max));
            position += chunk.size();
            return chunk;
        }

        @Override
        public boolean failed() {
            return false;
        }
    }
}
