package org.jiceng.apibaseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Tree;

/**
 * bnd's baseline of every exported API package against the API as last released
 * ({@code api-baseline.txt} beside the POM): a package whose API changed without the version
 * change the change needs (micro for a fix, minor for an addition, major for a removal or an
 * incompatible change) fails the build, naming the version it needs. The build's own classes are
 * compared (target/classes with the manifest bnd wrote), so this runs in the test phase.
 *
 * <p>At a release, record the released API as the new baseline:
 * {@code mvn -pl bundles/org.jiceng.core.api test -Djiceng.api.baseline=update}.
 */
class ApiBaselineTest {
    private static final Path BASELINE = Path.of("api-baseline.txt");
    private static final Path CLASSES = Path.of("target", "classes");
    private static final boolean UPDATE = "update".equals(System.getProperty("jiceng.api.baseline"));

    @Test
    void everyExportedPackageIsVersionedForItsChangesSinceTheBaseline() throws Exception {
        assumeFalse(UPDATE, "recording a new baseline instead of checking against it");
        ApiTreeText.Recorded released = ApiTreeText.read(BASELINE);
        DiffPluginImpl differ = new DiffPluginImpl();
        try (Jar built = new Jar(CLASSES.toFile()); Processor reporter = new Processor()) {
            Tree current = differ.tree(built);
            Baseline baseline = new Baseline(reporter, differ);
            Set<Baseline.Info> infos = baseline.baseline(current, exports(built), differ.deserialize(released.tree()),
                    new Parameters(released.exports()), new Instructions("*"));
            assertFalse(infos.isEmpty(), "the baseline compared no package: is " + CLASSES + " the built API?");
            List<String> wrong = new ArrayList<>();
            for (Baseline.Info info : infos) {
                if (info.mismatch) {
                    wrong.add(info.packageName + " is " + info.newerVersion + " but its API changed (" + info.packageDiff.getDelta()
                            + ") since " + info.olderVersion + ": it needs " + info.suggestedVersion
                            + (info.reason == null ? "" : " (" + info.reason + ")"));
                }
            }
            assertTrue(wrong.isEmpty(), "Exported API packages whose version does not say how they changed:\n  " + String.join("\n  ", wrong));
        }
    }

    @Test
    void theRecordedTreeReadsBackAsTheSameApi(@TempDir Path dir) throws Exception {
        DiffPluginImpl differ = new DiffPluginImpl();
        try (Jar built = new Jar(CLASSES.toFile())) {
            Tree current = differ.tree(built);
            Path file = dir.resolve("api.txt");
            ApiTreeText.write(file, exportsHeader(built), current.serialize());
            ApiTreeText.Recorded read = ApiTreeText.read(file);
            assertEquals(Delta.UNCHANGED, current.get("<api>").diff(differ.deserialize(read.tree()).get("<api>")).getDelta());
            assertEquals(new TreeSet<>(exports(built).keySet()), new TreeSet<>(new Parameters(read.exports()).keySet()));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "jiceng.api.baseline", matches = "update")
    void recordTheBuiltApiAsTheBaseline() throws Exception {
        try (Jar built = new Jar(CLASSES.toFile())) {
            ApiTreeText.write(BASELINE, exportsHeader(built), new DiffPluginImpl().tree(built).serialize());
        }
        assertTrue(Files.size(BASELINE) > 0);
    }

    private static Parameters exports(Jar built) throws Exception {
        return new Parameters(exportsHeader(built));
    }

    private static String exportsHeader(Jar built) throws Exception {
        String header = built.getManifest() == null ? null : built.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        if (header == null) {
            throw new IllegalStateException("No Export-Package in " + new File(CLASSES.toFile(), "META-INF/MANIFEST.MF")
                    + ": bnd-process must run before the tests");
        }
        return header;
    }
}
