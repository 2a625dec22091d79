/**
 * Readiness: whether this server can serve its API yet. Core parts (schema migrations, accounts,
 * demo data, the REST application) and later any other part register a {@link org.jiceng.health.ReadinessCheck};
 * the server is ready when every configured check is registered and none reports a reason.
 * Liveness and readiness answer at {@code /health/live} and {@code /health/ready}, outside the
 * JAX-RS application, so they answer while it is still being built. {@link org.jiceng.health.FrameworkStart}
 * tells whether the framework has finished starting the bundles it starts at boot.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.2.0")
package org.jiceng.health;
