-- The cluster's module set: every module feature installed through any node (REST, shell, console),
-- at its version. Each node installs and uninstalls what it takes to match it.
CREATE TABLE deployment_module_set (
    feature VARCHAR(200) NOT NULL PRIMARY KEY,
    version VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP NOT NULL
);

-- One row once the set was first taken from a node's installed modules (the first node of the
-- cluster, or an installation from before the shared set), so a node never empties it on its start.
CREATE TABLE deployment_module_set_seed (
    id INTEGER NOT NULL PRIMARY KEY,
    seeded_at TIMESTAMP NOT NULL
);
