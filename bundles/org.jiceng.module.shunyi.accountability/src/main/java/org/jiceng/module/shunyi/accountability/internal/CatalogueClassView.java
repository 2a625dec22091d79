package org.jiceng.module.shunyi.accountability.internal;

import java.util.List;

/** A class of the catalogue with its behaviours. */
public class CatalogueClassView {
    public Long id;
    public String code;
    public String name;
    public List<BehaviourView> behaviours;
}
