/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-procedures"
#include "config.h"

#include "mk-store-procedures.h"
#include "mk-test-util.h"

/* Every spelling of docs/command-line.md «results», the Smolensk report's
 * headings, and the kind/subject/grade columns, with the code each must
 * give. */
static const struct { const char *written; const char *code; } spellings[] = {
  { "ВПР РУ-5", "ВПР РУ-5" },
  { "ВПР РУС-5", "ВПР РУ-5" },
  { "ВПР РУ 5", "ВПР РУ-5" },
  { "ВПР Русский язык 5 кл", "ВПР РУ-5" },
  { "ВПР РУ5(4)", "ВПР РУ-5" },
  { "ВПР РУ-5 (4)", "ВПР РУ-5" },
  { "ВПР МА 6", "ВПР МА-6" },
  { "ВПР МА-4", "ВПР МА-4" },
  { "впр математика 8 класс", "ВПР МА-8" },
  { "ОГЭ МА", "ОГЭ МА" },
  { "ОГЭ математика", "ОГЭ МА" },
  { "ОГЭ ГЕО", "ОГЭ ГЕО" },
  { "ОГЭ ГЕОГР.", "ОГЭ ГЕО" },
  { "ОГЭ по выб. География", "ОГЭ ГЕО" },
  { "ОГЭ Информатика и ИКТ", "ОГЭ ИНФ" },
  { "ОГЭ математика 9 кл", "ОГЭ МА" },
  { "ЕГЭ МА ПРОФ", "ЕГЭ МА ПРОФ" },
  { "ЕГЭ МА проф.", "ЕГЭ МА ПРОФ" },
  { "ЕГЭ МАТ. Проф", "ЕГЭ МА ПРОФ" },
  { "ЕГЭ математика (профильная)", "ЕГЭ МА ПРОФ" },
  { "ЕГЭ МА БАЗ", "ЕГЭ МА БАЗ" },
  { "ЕГЭ Математика базовая", "ЕГЭ МА БАЗ" },
  { "ЕГЭ ХИМ", "ЕГЭ ХИМ" },
  { "ЕГЭ ИНФ.", "ЕГЭ ИНФ" },
  { "ЕГЭ ОБЩ", "ЕГЭ ОБЩ" },
  { "ЕГЭ АНГЛ", "ЕГЭ АНГ" },
  { "ЕГЭ Английский язык", "ЕГЭ АНГ" },
  { "ЕГЭ НЕМ", "ЕГЭ НЕМ" },
  { "ЕГЭ БИОЛ", "ЕГЭ БИО" },
  { "ЕГЭ ЛИТ", "ЕГЭ ЛИТ" },
  { "ЕГЭ ИСТ", "ЕГЭ ИСТ" },
  { "ЕГЭ ФИЗ", "ЕГЭ ФИЗ" },
  { "ЕГЭ по русскому языку", "ЕГЭ РУ" },
  { "О Г Э Русский язык", "ОГЭ РУ" },
  { "Е Г Э Математика ПРОФ", "ЕГЭ МА ПРОФ" },
  { "В П Р Математика 4 кл", "ВПР МА-4" },
  { "ВПР Русский 5 кл", "ВПР РУ-5" },
  { "ОГЭ Обществознание", "ОГЭ ОБЩ" },
  { "огэ  литература", "ОГЭ ЛИТ" },
  { "ЕГЭ Обществознание (ё)", NULL },
};

static void
test_spellings (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      g_autofree char *code = mk_procedure_canonical_code (spellings[i].written);
      if (g_strcmp0 (code, spellings[i].code) != 0)
        g_error ("«%s» gave «%s», expected «%s»", spellings[i].written, code,
                 spellings[i].code);
    }
}

static void
assert_parts (const char *kind,
              const char *subject,
              const char *grade,
              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  MkProcedureSpec spec;

  g_assert_true (mk_procedure_parse_parts (kind, subject, grade, &spec, &error));
  g_assert_no_error (error);
  code = mk_procedure_spec_to_code (&spec);
  g_assert_cmpstr (code, ==, expected);
}

static void
test_parts (void)
{
  MkProcedureSpec spec;

  assert_parts ("ВПР", "Русский язык", "5", "ВПР РУ-5");
  assert_parts ("ВПР", "Математика 4 кл", "", "ВПР МА-4");
  assert_parts ("О Г Э", "Русский язык", NULL, "ОГЭ РУ");
  assert_parts ("ОГЭ по выб.", "Химия", NULL, "ОГЭ ХИМ");
  assert_parts ("ЕГЭ", "Математика ПРОФ", NULL, "ЕГЭ МА ПРОФ");
  assert_parts ("Е Г Э", "Информатика", NULL, "ЕГЭ ИНФ");
  g_assert_true (mk_procedure_parse_parts ("ВПР", "Русский язык", "5", &spec, NULL));
  g_assert_cmpstr (spec.kind, ==, "ВПР");
  g_assert_cmpstr (spec.subject, ==, "Русский язык");
  g_assert_cmpint (spec.grade, ==, 5);
  g_assert_cmpstr (spec.level, ==, "");
}

static void
test_kinds (void)
{
  g_assert_cmpstr (mk_procedure_parse_kind ("О Г Э"), ==, "ОГЭ");
  g_assert_cmpstr (mk_procedure_parse_kind ("ОГЭ"), ==, "ОГЭ");
  g_assert_cmpstr (mk_procedure_parse_kind ("ОГЭ по выб."), ==, "ОГЭ");
  g_assert_cmpstr (mk_procedure_parse_kind ("В П Р"), ==, "ВПР");
  g_assert_cmpstr (mk_procedure_parse_kind (" Е Г Э "), ==, "ЕГЭ");
  g_assert_null (mk_procedure_parse_kind ("ОГЭ Математика"));
  g_assert_null (mk_procedure_parse_kind ("Кол-во меток НР"));
  g_assert_null (mk_procedure_parse_kind (""));
}

static void
assert_fails (const char       *written,
              int               code)
{
  g_autoptr(GError) error = NULL;
  MkProcedureSpec spec;

  g_assert_false (mk_procedure_parse (written, &spec, &error));
  g_assert_error (error, MK_PROCEDURE_ERROR, code);
}

static void
test_failures (void)
{
  assert_fails ("Математика 5 кл", MK_PROCEDURE_ERROR_NO_KIND);
  assert_fails ("ОГЭ", MK_PROCEDURE_ERROR_NO_SUBJECT);
  assert_fails ("ВПР РУ", MK_PROCEDURE_ERROR_GRADE);
  assert_fails ("ОГЭ МА 5", MK_PROCEDURE_ERROR_GRADE);
  assert_fails ("ВПР РУ 2022", MK_PROCEDURE_ERROR_GRADE);
  assert_fails ("ЕГЭ математика", MK_PROCEDURE_ERROR_LEVEL);
  assert_fails ("ОГЭ МА ПРОФ", MK_PROCEDURE_ERROR_LEVEL);
  assert_fails ("ОГЭ астрономия", MK_PROCEDURE_ERROR_WORD);
  assert_fails ("ОГЭ ЕГЭ МА", MK_PROCEDURE_ERROR_WORD);
  assert_fails ("ОГЭ МА ФИЗ", MK_PROCEDURE_ERROR_WORD);
}

typedef struct {
  char    *dir;
  MkStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = mk_test_tmpdir_new ();
  path = g_build_filename (f->dir, "mayak.db", NULL);
  f->store = mk_store_open (path, NULL);
  g_assert_nonnull (f->store);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  mk_test_tmpdir_free (f->dir);
}

/* The 30 columns of Приложение 1, Таблица 1 of the Smolensk monitoring
 * report, then three more. */
static const char *catalog_codes[] = {
  "ОГЭ РУ", "ОГЭ МА", "ОГЭ ФИЗ", "ОГЭ ХИМ", "ОГЭ ИНФ", "ОГЭ БИО", "ОГЭ ИСТ",
  "ОГЭ ГЕО", "ОГЭ ОБЩ", "ОГЭ ЛИТ",
  "ЕГЭ МА ПРОФ", "ЕГЭ МА БАЗ", "ЕГЭ ФИЗ", "ЕГЭ ХИМ", "ЕГЭ БИО", "ЕГЭ ИСТ",
  "ЕГЭ ГЕО", "ЕГЭ ОБЩ", "ЕГЭ ЛИТ", "ЕГЭ ИНФ",
  "ВПР МА-4", "ВПР МА-5", "ВПР МА-6", "ВПР МА-7", "ВПР МА-8",
  "ВПР РУ-4", "ВПР РУ-5", "ВПР РУ-6", "ВПР РУ-7", "ВПР РУ-8",
  "ЕГЭ РУ", "ЕГЭ АНГ", "ЕГЭ НЕМ",
};

static void
test_catalog (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) catalog = mk_store_list_procedures (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (catalog), ==, G_N_ELEMENTS (catalog_codes));
  for (guint i = 0; i < G_N_ELEMENTS (catalog_codes); i++)
    {
      g_autoptr(MkProcedure) procedure = g_list_model_get_item (catalog, i);
      g_autofree char *heading = g_strconcat (mk_procedure_get_kind (procedure), " ",
                                              mk_procedure_get_title (procedure), NULL);
      g_autofree char *again = mk_procedure_canonical_code (heading);

      g_assert_cmpstr (mk_procedure_get_code (procedure), ==, catalog_codes[i]);
      g_assert_cmpint (mk_procedure_get_position (procedure), ==, i + 1);
      /* The matrix heading reads back as the procedure itself. */
      g_assert_cmpstr (again, ==, catalog_codes[i]);
    }
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkProcedure) vpr = mk_store_find_procedure (f->store, "ВПР МА-5", &error);
  g_autoptr(MkProcedure) ege = mk_store_lookup_procedure (f->store, "ЕГЭ МАТ. Проф",
                                                          NULL, &error);
  g_autoptr(MkProcedure) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (mk_procedure_get_kind (vpr), ==, "ВПР");
  g_assert_cmpstr (mk_procedure_get_subject_code (vpr), ==, "МА");
  g_assert_cmpstr (mk_procedure_get_subject (vpr), ==, "Математика");
  g_assert_cmpint (mk_procedure_get_grade (vpr), ==, 5);
  g_assert_cmpstr (mk_procedure_get_title (vpr), ==, "Математика 5 кл");
  g_assert_cmpstr (mk_procedure_get_code (ege), ==, "ЕГЭ МА ПРОФ");
  g_assert_cmpstr (mk_procedure_get_level (ege), ==, "ПРОФ");
  g_assert_cmpint (mk_procedure_get_grade (ege), ==, 0);
  none = mk_store_find_procedure (f->store, "ВПР БИО-5", &error);
  g_assert_null (none);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND);
}

static void
assert_did_you_mean (MkStore    *store,
                     const char *written,
                     const char *first,
                     const char *second)
{
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MkProcedure) procedure = mk_store_lookup_procedure (store, written,
                                                                &candidates, &error);

  g_assert_null (procedure);
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (candidates);
  g_assert_cmpuint (candidates->len, >=, 2);
  g_assert_cmpstr (candidates->pdata[0], ==, first);
  if (second != NULL)
    g_assert_cmpstr (candidates->pdata[1], ==, second);
}

static void
test_did_you_mean (Fixture       *f,
                   gconstpointer  data)
{
  /* Both levels, whichever is nearer by spelling. */
  assert_did_you_mean (f->store, "ЕГЭ математика проф база", "ЕГЭ МА ПРОФ", "ЕГЭ МА БАЗ");
  assert_did_you_mean (f->store, "ЕГЭ математика", "ЕГЭ МА БАЗ", "ЕГЭ МА ПРОФ");
  assert_did_you_mean (f->store, "ВПР РУ-9", "ВПР РУ-4", "ВПР РУ-5");
  assert_did_you_mean (f->store, "ОГЭ ГЕОМ", "ОГЭ ГЕО", NULL);
  assert_did_you_mean (f->store, "ВПР МА", "ВПР МА-4", "ВПР МА-5");
  assert_did_you_mean (f->store, "ЕГЭ ИСП", "ЕГЭ ИСТ", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/procedures/spellings", test_spellings);
  g_test_add_func ("/procedures/parts", test_parts);
  g_test_add_func ("/procedures/kinds", test_kinds);
  g_test_add_func ("/procedures/failures", test_failures);
  g_test_add ("/procedures/catalog", Fixture, NULL, fixture_setup, test_catalog,
              fixture_teardown);
  g_test_add ("/procedures/find", Fixture, NULL, fixture_setup, test_find,
              fixture_teardown);
  g_test_add ("/procedures/did-you-mean", Fixture, NULL, fixture_setup,
              test_did_you_mean, fixture_teardown);
  return g_test_run ();
}
