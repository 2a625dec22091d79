package org.jiceng.cadre;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/** Positions, designations and assignments of cadres, and tenure derived from positions. */
@ProviderType
public interface CadreService {

    Set<String> ASSIGNMENT_SORTABLE = Set.of("id", "startDate", "endDate", "role", "status");

    List<Position> positions(long memberId);

    Position addPosition(long memberId, Position position);

    /** @throws org.jiceng.common.ConflictException when {@code position.version} is stale */
    Position updatePosition(long positionId, Position position);

    /** One position. */
    Position position(long positionId);

    /** One cadre list entry. */
    Designation designation(long designationId);

    void deletePosition(long positionId);

    List<Designation> designations(long memberId);

    Designation addDesignation(long memberId, Designation designation);

    Designation updateDesignation(long designationId, Designation designation);

    /** Members of the subtree currently on a list (improves on the demo: 改非 cadres are the main source of commissioners). */
    Page<Designation> designated(String jurisdictionCode, @Nullable DesignationType type, @Nullable LocalDate on, PageRequest page);

    /**
     * Members whose current post at {@code level} in one unit has lasted at least {@code years}
     * years on {@code on} (兴宁: 5 years as head or 10 as deputy → rotation).
     */
    List<Tenure> tenures(String jurisdictionCode, @Nullable PostLevel level, int years, @Nullable LocalDate on);

    Assignment assign(Assignment assignment);

    Assignment getAssignment(long id);

    /** @throws org.jiceng.common.ConflictException when {@code assignment.version} is stale */
    Assignment updateAssignment(long id, Assignment assignment);

    Page<Assignment> assignments(AssignmentQuery query, PageRequest page);
}
