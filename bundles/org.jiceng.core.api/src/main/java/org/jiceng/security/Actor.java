package org.jiceng.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a field of a request body names the account doing the action ("who did it":
 * {@code by}, {@code recordedBy}, {@code startedBy}, …), so it comes from the login and never
 * from the client. The core fills it in before any resource runs: absent, null or blank, it
 * becomes the caller's username; equal to it, it stays; naming anyone else, the request is
 * refused with 400 and the field's error — for every caller, administrators included (they are
 * unrestricted in scope, not in identity). One declaration serves the core and every module: the
 * REST layer follows the body's type through nested records, beans, lists and arrays.
 *
 * <p>Where a record must name a person or body outside the system (the inspection team that found
 * a problem, the organ that decided a sanction, the member who signed a pledge), that is a domain
 * field of its own, not declared here; the account that entered it is in the audit trail.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Actor {
}
