package org.jiceng.core.bulk.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.bulk.ImportJob;
import org.jiceng.bulk.ImportKind;
import org.jiceng.bulk.RowError;
import org.jiceng.common.Params;

@Command(scope = "jiceng", name = "import", description = "Imports organizations, members or cadres from an XLSX or CSV file (all or nothing)")
@Service
public class ImportCommand implements Action {
    @Reference
    ImportJobs jobs;

    @Option(name = "--kind", description = "organizations, members or cadres", required = true)
    String kind;

    @Option(name = "--dry-run", description = "Check every row and import nothing")
    boolean dryRun;

    @Argument(index = 0, name = "file", description = "Path of the XLSX or CSV file", required = true)
    String file;

    @Override
    public Object execute() throws Exception {
        ImportKind k = Params.enumOf(ImportKind.class, "kind", kind);
        Path path = Path.of(file);
        ImportJob job = jobs.runNow(k, path, dryRun, "shell");
        System.out.println(job.status() + ": " + job.message());
        for (RowError e : job.errors()) {
            System.out.println("  row " + e.row() + ", " + e.column() + ": " + e.reason());
        }
        return null;
    }
}
