package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A venue as the API shows it. */
public class VenueView {
    public Long id;
    public String villageCode;
    public String villageName;
    public String townshipCode;
    public Long organizationId;
    public String organizationName;
    public String name;
    public String address;
    public Improvement improvement;
    public BigDecimal investment;
    public LocalDate registeredOn;
    public String registeredBy;
    public long version;
}
