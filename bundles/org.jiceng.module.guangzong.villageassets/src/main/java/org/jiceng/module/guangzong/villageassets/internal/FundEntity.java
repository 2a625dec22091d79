package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A village's operating fund of a year. */
@Entity
@Table(name = "gva_fund")
public class FundEntity {
    @Id
    @SequenceGenerator(name = "gva_fund_seq", sequenceName = "gva_fund_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gva_fund_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "village_name", nullable = false)
    String villageName;

    @Column(name = "township_code")
    String townshipCode;

    @Column(name = "year_of", nullable = false)
    int year;

    @Column(name = "budget", nullable = false)
    BigDecimal budget;

    /** The categories of the scope of use, comma-separated names. */
    @Column(name = "scope", nullable = false)
    String scope;

    @Column(name = "allocated_by", nullable = false)
    String allocatedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    List<FundCategory> scope() {
        return Arrays.stream(scope.split(",")).filter(s -> !s.isBlank()).map(FundCategory::valueOf).toList();
    }

    void scope(List<FundCategory> categories) {
        scope = String.join(",", categories.stream().distinct().map(Enum::name).toList());
    }

    FundView toView(BigDecimal committed, BigDecimal spent) {
        FundView v = new FundView();
        v.id = id;
        v.villageCode = villageCode;
        v.villageName = villageName;
        v.townshipCode = townshipCode;
        v.year = year;
        v.budget = budget;
        v.scope = scope();
        v.committed = committed;
        v.spent = spent;
        v.available = budget.subtract(committed);
        v.allocatedBy = allocatedBy;
        v.version = version;
        return v;
    }
}
