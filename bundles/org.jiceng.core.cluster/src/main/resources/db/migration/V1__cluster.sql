-- The nodes that share this database, each beating while it runs.
CREATE TABLE cluster_node (
    node_id VARCHAR(100) NOT NULL PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    beat_at TIMESTAMP NOT NULL
);

-- One row per firing of a scheduled job: the node that claimed it, and how it ended.
CREATE TABLE cluster_job_firing (
    job VARCHAR(100) NOT NULL,
    firing VARCHAR(100) NOT NULL,
    node_id VARCHAR(100) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    outcome VARCHAR(20),
    taken_over_from VARCHAR(100),
    PRIMARY KEY (job, firing)
);

-- Continuous work one node at a time: the holder and until when.
CREATE TABLE cluster_lease (
    name VARCHAR(100) NOT NULL PRIMARY KEY,
    node_id VARCHAR(100) NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
