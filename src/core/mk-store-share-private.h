/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The low share of a result in thousandths of a percent as
 * mk_result_judge reads it: counts first, then a share, then a bare «Н»;
 * NULL for 0 participants. 100000·low / participants ≥ 1000·T exactly
 * when 100·low ≥ T·participants (integer division). Migration 0004
 * indexes «MK_STORE_SHARE_SQL >= 30000» with this very expression:
 * SQLite matches its text, not its meaning, so every query that means to
 * read the partial index result_marker repeats it from here. */
#define MK_STORE_SHARE_SQL \
  "(CASE WHEN participants > 0 AND low IS NOT NULL THEN 100000 * low / participants " \
  "WHEN participants = 0 THEN NULL " \
  "WHEN low_share IS NOT NULL THEN low_share " \
  "WHEN mark = 'Н' THEN 100000 END)"

/* The threshold (thousandths of a percent) result_marker holds. */
#define MK_STORE_SHARE_INDEXED 30000
