-- Demo data contributors (a module's id, or a core part's name) whose run completed: finished
-- without being cancelled and without failing. The demo loader does not run them again; a run cut
-- short leaves no row, so the next one resumes. V12, not V5: V5 to V11 were the core's scripts
-- before they moved to the engine bundles, and a database from before that move still lists them
-- as the core's until their new owner re-owns them. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
CREATE TABLE demo_data_completion (
    contributor_id VARCHAR(100) NOT NULL PRIMARY KEY,
    completed_at TIMESTAMP NOT NULL
);
