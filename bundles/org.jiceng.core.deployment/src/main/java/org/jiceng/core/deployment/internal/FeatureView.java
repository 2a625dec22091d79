package org.jiceng.core.deployment.internal;

import java.util.List;

/** What the deployment decisions need of a Karaf feature, apart from Karaf's types. */
record FeatureView(String name, String version, String description, List<String> dependencies, List<String> bundleLocations) {
    FeatureView {
        dependencies = List.copyOf(dependencies);
        bundleLocations = List.copyOf(bundleLocations);
    }
}
