-- SPDX-License-Identifier: GPL-3.0-or-later
-- Municipality and statistics keys are mk_text_fold of the name (case, ё
-- as е, spaces): «Подъёмный» and «подъемный» are one municipality, as
-- searches already treated them. Keys written before were casefolded
-- without ё; they are computed again with the one folding function.
UPDATE municipality SET name_key = mk_fold (name);
UPDATE statistic SET scope_key = mk_fold (scope);
