package org.jiceng.module.guangzong.villageassets.internal;

/** A stock-taking campaign is open for counting and settling until the county closes it. */
public enum StocktakeStatus {
    OPEN, CLOSED
}
