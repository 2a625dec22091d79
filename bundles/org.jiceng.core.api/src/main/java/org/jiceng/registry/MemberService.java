package org.jiceng.registry;

import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Members and people in the development pipeline. */
@ProviderType
public interface MemberService {

    Set<String> SORTABLE = Set.of("id", "name", "birthDate", "stage", "organizationId", "fullDate");

    /** @throws org.jiceng.common.NotFoundException when there is no such id */
    Member get(long id);

    Page<Member> find(MemberQuery query, PageRequest page);

    Member create(Member member);

    /** @throws org.jiceng.common.ConflictException when {@code member.version} is stale */
    Member update(long id, Member member);

    void delete(long id);

    long count();
}
