package org.jiceng.module.kit;

import org.jiceng.common.NotFoundException;

/**
 * The records a module's paths address by id, checked by the core before the module's resource
 * is called: in {@code /jurisdictions/{code}/<module-id>/targets/17/rating}, the record 17 of
 * {@code targets} must exist and lie in the subtree of {@code {code}}, or the request is answered
 * 404 {@code not-found} exactly as for a missing record — before the body is read or validated,
 * so another county's record is refused by its scope and never by a check that would tell it
 * exists. The module declares each collection once ({@link ModuleStore#addresses}); its store
 * component publishes this interface among its services and the core does the rest, for the module
 * its bundle declares.
 */
public interface AddressedRecords {
    /**
     * Checks the record {@code id} a path addresses after the segment {@code collection}; does
     * nothing when the module declares no records at that segment.
     *
     * @param scope the jurisdiction code of the path
     * @throws NotFoundException when the record is missing or lies outside {@code scope}
     */
    void checkAddressed(String collection, long id, String scope);
}
