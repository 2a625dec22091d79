/**
 * Cadres (干部) and dispatch: positions held by members (unit, title, rank, period), designations
 * such as moved to a non-leading post (改非), talent pool and reserve, generic assignments of
 * people to targets (first secretaries, "three members", leader linkage, resident contact), and
 * tenure queries computed from positions.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.1.0")
package org.jiceng.cadre;
