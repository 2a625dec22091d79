package org.jiceng.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a field of a request body names a record of the registry, so the core refuses a
 * request whose record lies outside the caller's jurisdictions before any resource runs — the
 * same 404 as for a missing record. One declaration serves the core and every module: the REST
 * layer follows the body's type through nested records, lists and arrays, whatever the depth.
 *
 * <p>Fields named by the core's conventions need no declaration: {@code memberId},
 * {@code organizationId}, {@code fromOrganizationId}, {@code jurisdictionCode} and
 * {@code subjectJurisdictionCode} are references wherever they appear in a body. Declare the
 * others, for example {@code @ScopedReference(Kind.MEMBER) Long targetMemberId} or
 * {@code @ScopedReference(Kind.MEMBER) List<Long> witnessMemberIds}. A module's own records
 * are scoped by the jurisdiction in its path and checked by the module.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface ScopedReference {

    /** What the value names: a member id, an organization id or a jurisdiction code. */
    Kind value();

    /** The registry records a body can name. */
    enum Kind {
        MEMBER, ORGANIZATION, JURISDICTION
    }
}
