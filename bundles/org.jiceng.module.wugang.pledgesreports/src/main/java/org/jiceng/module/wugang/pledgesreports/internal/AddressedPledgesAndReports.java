package org.jiceng.module.wugang.pledgesreports.internal;

import org.jiceng.module.kit.AddressedRecords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The engine records this module's paths address by id — pledges, reporting rounds and duty
 * reports — for the core to check against the path's jurisdiction before a resource reads the
 * body. The module has no tables of its own, so no {@code ModuleStore} to declare them with: each
 * lookup is the one its resources use, which reports a record elsewhere as missing.
 */
@Component(service = AddressedRecords.class)
public class AddressedPledgesAndReports implements AddressedRecords {
    private final Pledges pledges;
    private final DutyRounds rounds;

    @Activate
    public AddressedPledgesAndReports(@Reference Pledges pledges, @Reference DutyRounds rounds) {
        this.pledges = pledges;
        this.rounds = rounds;
    }

    @Override
    public void checkAddressed(String collection, long id, String scope) {
        switch (collection) {
            case "pledges" -> pledges.get(scope, id);
            case "rounds" -> rounds.round(scope, id);
            case "reports" -> rounds.report(scope, id);
            default -> {
                // no record of this module is addressed after that segment
            }
        }
    }
}
