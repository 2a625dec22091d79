package org.jiceng.core.bulk.internal;

import java.util.List;

import org.jiceng.bulk.ImportRow;
import org.jiceng.bulk.RowError;
import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.registry.Education;
import org.jiceng.registry.Gender;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;

/** Turns file rows into registry values; cells that cannot be read are reported, not guessed. */
final class RowMappers {
    private RowMappers() {
    }

    static ImportRow<Member> member(TableRow row, List<RowError> errors) {
        RowParser p = new RowParser(row, errors);
        String[][] c = Columns.MEMBER;
        Member m = Member.builder()
                .name(p.text(Columns.of(c, "name")))
                .gender(p.choice(Gender.class, Columns.of(c, "gender")))
                .birthDate(p.date(Columns.of(c, "birthDate")))
                .education(p.choice(Education.class, Columns.of(c, "education")))
                .idCardNumber(upper(p.text(Columns.of(c, "idCardNumber"))))
                .phone(p.text(Columns.of(c, "phone")))
                .memberNumber(p.text(Columns.of(c, "memberNumber")))
                .stage(p.choice(MemberStage.class, Columns.of(c, "stage")))
                .applicationDate(p.date(Columns.of(c, "applicationDate")))
                .activistDate(p.date(Columns.of(c, "activistDate")))
                .candidateDate(p.date(Columns.of(c, "candidateDate")))
                .probationDate(p.date(Columns.of(c, "probationDate")))
                .fullDate(p.date(Columns.of(c, "fullDate")))
                .hasPost(p.flag(Columns.of(c, "hasPost")))
                .build();
        return new ImportRow<>(row.row(), m, p.text(Columns.of(c, "jurisdictionCode")), p.text(Columns.of(c, "organization")));
    }

    static ImportRow<PartyOrganization> organization(TableRow row, List<RowError> errors) {
        RowParser p = new RowParser(row, errors);
        String[][] c = Columns.ORGANIZATION;
        PartyOrganization o = PartyOrganization.builder()
                .name(p.text(Columns.of(c, "name")))
                .type(p.choice(OrganizationType.class, Columns.of(c, "type")))
                .field(p.choice(OrganizationField.class, Columns.of(c, "field")))
                .jurisdictionCode(p.text(Columns.of(c, "jurisdictionCode")))
                .termStart(p.date(Columns.of(c, "termStart")))
                .termEnd(p.date(Columns.of(c, "termEnd")))
                .status(p.choice(OrganizationStatus.class, Columns.of(c, "status")))
                .starRating(p.integer(Columns.of(c, "starRating")))
                .build();
        String parent = p.text(Columns.of(c, "parent"));
        String parentCode = p.text(Columns.of(c, "parentJurisdictionCode"));
        return new ImportRow<>(row.row(), o, parent == null ? null : (parentCode == null ? o.jurisdictionCode() : parentCode), parent);
    }

    /** A position row; the member's ID card number travels beside it. */
    static ImportRow<Position> position(TableRow row, List<RowError> errors, List<String> idCards) {
        RowParser p = new RowParser(row, errors);
        String[][] c = Columns.CADRE;
        idCards.add(upper(p.text(Columns.of(c, "idCardNumber"))));
        Position position = new Position(null, null, p.text(Columns.of(c, "unit")), p.text(Columns.of(c, "jurisdictionCode")), null,
                p.text(Columns.of(c, "title")), p.choice(CadreRank.class, Columns.of(c, "rank")), p.choice(PostLevel.class, Columns.of(c, "level")),
                p.date(Columns.of(c, "startDate")), p.date(Columns.of(c, "endDate")), null);
        return new ImportRow<>(row.row(), position, null, null);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }
}
