/**
 * Organizational relation transfer (组织关系转接) of members between organizations, inside or
 * across jurisdictions, with its history; and mobile members (流动党员) recorded where they are.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jiceng.transfer;
