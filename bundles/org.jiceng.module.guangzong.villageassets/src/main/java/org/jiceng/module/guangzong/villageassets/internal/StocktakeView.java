package org.jiceng.module.guangzong.villageassets.internal;

import java.time.LocalDate;

/** A stock-taking campaign as the API shows it. */
public class StocktakeView {
    public Long id;
    public String countyCode;
    public int year;
    public String title;
    public LocalDate startsOn;
    public StocktakeStatus status;
    public String openedBy;
    public LocalDate closedOn;
    public String closedBy;
    public long version;
}
