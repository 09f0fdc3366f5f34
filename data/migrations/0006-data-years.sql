-- SPDX-License-Identifier: GPL-3.0-or-later
-- Every school year the database holds data for is a row of school_year,
-- so that a year selector offers it: results and context of calendar year
-- Y belong to school year Y/Y+1, whose clusters they decide. Writes keep
-- this up to date from now on (mk_store_put_results, mk_store_put_context);
-- this fills it for databases written before.
INSERT OR IGNORE INTO school_year (start_year) SELECT DISTINCT year FROM result;
INSERT OR IGNORE INTO school_year (start_year) SELECT DISTINCT year FROM context;
