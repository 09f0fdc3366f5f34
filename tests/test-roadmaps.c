/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-roadmaps"
#include "config.h"

#include "mk-store-clusters.h"
#include "mk-store-roadmaps.h"
#include "mk-test-util.h"

/* Roadmaps in the store: numbering of items, reports kept when items move,
 * the schools a roadmap covers as clusters change, copy to another year. */

typedef struct {
  char    *dir;
  MkStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = mk_test_tmpdir_new ();
  f->store = mk_test_open_store (f->dir, "roadmaps.db", FALSE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  mk_test_tmpdir_free (f->dir);
}

static MkRoadmapItem *
item (int         depth,
      gboolean    heading,
      const char *title)
{
  return mk_roadmap_item_new (depth, heading, title);
}

static char *
codes (GPtrArray *items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            *mk_roadmap_item_get_code (items->pdata[i]) != '\0'
                            ? mk_roadmap_item_get_code (items->pdata[i]) : "-");
  return g_string_free (text, FALSE);
}

/* Таблица 2.2 numbers its sections; the Elnya plan does not and counts
 * its items straight through; a jump of two levels is closed. */
static void
test_numbering (void)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) plan = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *numbered = NULL, *straight = NULL;
  g_autofree char *key_dotted = mk_roadmap_code_key ("1.5.2."), *key_spaced = mk_roadmap_code_key (" 3.1 ");

  g_ptr_array_add (items, item (0, TRUE, "Организационно-управленческое направление"));
  g_ptr_array_add (items, item (1, FALSE, "Разработка плана"));
  g_ptr_array_add (items, item (1, FALSE, "Заключение сетевых соглашений:"));
  g_ptr_array_add (items, item (2, FALSE, "по реализации программ"));
  g_ptr_array_add (items, item (0, TRUE, "Информационно-аналитическое направление"));
  g_ptr_array_add (items, item (2, FALSE, "Анализ результатов"));
  mk_roadmap_items_number (items, TRUE);
  numbered = codes (items);
  g_assert_cmpstr (numbered, ==, "1. 1.1. 1.2. 1.2.1. 2. 2.1.");

  g_ptr_array_add (plan, item (0, TRUE, "Организационно-управленческие меры"));
  g_ptr_array_add (plan, item (0, FALSE, "Организация деятельности МОЦ"));
  g_ptr_array_add (plan, item (0, FALSE, "Анализ результатов"));
  g_ptr_array_add (plan, item (0, TRUE, "Повышение уровня кадрового потенциала"));
  g_ptr_array_add (plan, item (0, FALSE, "Курсы"));
  mk_roadmap_items_number (plan, FALSE);
  straight = codes (plan);
  g_assert_cmpstr (straight, ==, "- 1. 2. - 3.");

  g_assert_cmpstr (key_dotted, ==, "1.5.2");
  g_assert_cmpstr (key_spaced, ==, "3.1");
  g_assert_null (mk_roadmap_code_key ("Итого"));
}

static void
test_status_parse (void)
{
  MkItemStatus status;

  g_assert_true (mk_item_status_parse ("Да", &status));
  g_assert_cmpint (status, ==, MK_STATUS_YES);
  g_assert_true (mk_item_status_parse ("не требуется", &status));
  g_assert_cmpint (status, ==, MK_STATUS_NOT_NEEDED);
  g_assert_true (mk_item_status_parse ("ч", &status));
  g_assert_cmpint (status, ==, MK_STATUS_PARTLY);
  g_assert_true (mk_item_status_parse ("н/д", &status));
  g_assert_cmpint (status, ==, MK_STATUS_UNKNOWN);
  g_assert_false (mk_item_status_parse ("", &status));
  g_assert_false (mk_item_status_parse ("может быть", &status));
}

static MkRoadmap *
add_roadmap (Fixture    *f,
             int         number,
             guint       clusters)
{
  MkRoadmapInfo info = { .school_year = 2022, .number = number, .title = "План",
                         .municipality = "Город", .numbered_sections = TRUE,
                         .clusters = clusters };
  g_autoptr(MkRoadmap) roadmap = mk_roadmap_new (&info);
  g_autoptr(GError) error = NULL;

  g_assert_true (mk_store_save_roadmap (f->store, roadmap, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mk_roadmap_get_info (roadmap)->id, >, 0);
  return g_steal_pointer (&roadmap);
}

static void
set_status (Fixture      *f,
            gint64        item_id,
            gint64        school_id,
            MkItemStatus  status)
{
  g_autoptr(MkItemReport) report = mk_item_report_new (item_id, school_id, status);
  g_autoptr(GError) error = NULL;

  g_assert_true (mk_store_set_item_report (f->store, report, NULL, &error));
  g_assert_no_error (error);
}

/* Items reordered keep their reports; an item taken out takes its
 * reports with it; a school whose cluster changes stays listed, as having
 * left, while it has reports. */
static void
test_store (Fixture       *f,
            gconstpointer  data)
{
  gint64 first = mk_test_add_school (f->store, "Город", "СШ № 9");
  gint64 second = mk_test_add_school (f->store, "Город", "СШ № 11");
  g_autoptr(MkRoadmap) roadmap = add_roadmap (f, 1, 1u << MK_CLUSTER_SNRO);
  gint64 id = mk_roadmap_get_info (roadmap)->id;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stored = NULL, reports = NULL, schools = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  gint64 plan_id;

  g_assert_true (mk_store_set_override (f->store, first, 2022, MK_CLUSTER_SNRO, "Список", NULL, NULL));
  g_assert_true (mk_store_set_override (f->store, second, 2022, MK_CLUSTER_SNRO, "Список", NULL, NULL));
  g_ptr_array_add (items, item (0, TRUE, "Направление"));
  g_ptr_array_add (items, item (1, FALSE, "План"));
  g_ptr_array_add (items, item (1, FALSE, "Программа"));
  g_assert_true (mk_store_save_roadmap_items (f->store, id, items, &error));
  g_assert_no_error (error);
  plan_id = mk_roadmap_item_get_id (items->pdata[1]);
  set_status (f, plan_id, first, MK_STATUS_YES);
  set_status (f, plan_id, second, MK_STATUS_NO);

  /* «Программа» before «План»: the plan keeps its two reports. */
  g_ptr_array_insert (items, 1, g_object_ref (items->pdata[2]));
  g_ptr_array_remove_index (items, 3);
  g_assert_true (mk_store_save_roadmap_items (f->store, id, items, &error));
  stored = mk_store_list_roadmap_items (f->store, id, &error);
  order = codes (stored);
  g_assert_cmpstr (order, ==, "1. 1.1. 1.2.");
  g_assert_cmpstr (mk_roadmap_item_get_text (stored->pdata[2], MK_ITEM_TITLE), ==, "План");
  reports = mk_store_list_item_reports (f->store, id, &error);
  g_assert_cmpuint (reports->len, ==, 2);

  /* СШ № 11 leaves ШНРО: still listed, as having left. */
  g_assert_true (mk_store_set_override (f->store, second, 2022, MK_CLUSTER_SBU, "Решение", NULL, NULL));
  schools = mk_store_list_roadmap_schools (f->store, roadmap, &error);
  g_assert_cmpuint (schools->len, ==, 2);
  g_assert_cmpstr (((MkRoadmapSchool *) schools->pdata[0])->name, ==, "СШ № 9");
  g_assert_true (((MkRoadmapSchool *) schools->pdata[0])->member);
  g_assert_false (((MkRoadmapSchool *) schools->pdata[1])->member);

  /* The plan taken out: its reports go. */
  g_ptr_array_remove_index (items, 2);
  g_assert_true (mk_store_save_roadmap_items (f->store, id, items, &error));
  g_clear_pointer (&reports, g_ptr_array_unref);
  reports = mk_store_list_item_reports (f->store, id, &error);
  g_assert_cmpuint (reports->len, ==, 0);
}

/* A copy to the next year has the items and no reports; a second roadmap
 * of one number in one year is refused. */
static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  gint64 school = mk_test_add_school (f->store, "Город", "СШ № 9");
  g_autoptr(MkRoadmap) roadmap = add_roadmap (f, 2, 1u << MK_CLUSTER_SFNSU | 1u << MK_CLUSTER_SRNR);
  gint64 id = mk_roadmap_get_info (roadmap)->id;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) copied = NULL, reports = NULL;
  g_autoptr(MkRoadmap) copy = NULL, twin = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = mk_roadmap_dup_clusters_label (roadmap);
  MkRoadmapInfo info = *mk_roadmap_get_info (roadmap);

  g_assert_cmpstr (label, ==, "ШФНСУ, ШсРНР");
  g_ptr_array_add (items, item (0, FALSE, "Мера"));
  g_assert_true (mk_store_save_roadmap_items (f->store, id, items, &error));
  set_status (f, mk_roadmap_item_get_id (items->pdata[0]), school, MK_STATUS_YES);
  copy = mk_store_copy_roadmap (f->store, id, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mk_roadmap_get_info (copy)->school_year, ==, 2023);
  copied = mk_store_list_roadmap_items (f->store, mk_roadmap_get_info (copy)->id, &error);
  g_assert_cmpuint (copied->len, ==, 1);
  reports = mk_store_list_item_reports (f->store, mk_roadmap_get_info (copy)->id, &error);
  g_assert_cmpuint (reports->len, ==, 0);

  info.id = 0;
  twin = mk_roadmap_new (&info);
  g_assert_false (mk_store_save_roadmap (f->store, twin, NULL, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DUPLICATE);
}

/* A school deleted and put back by «Undo» has its reports again. */
static void
test_school_undo (Fixture       *f,
                  gconstpointer  data)
{
  gint64 school = mk_test_add_school (f->store, "Город", "СШ № 9");
  g_autoptr(MkRoadmap) roadmap = add_roadmap (f, 1, 1u << MK_CLUSTER_SNRO);
  gint64 id = mk_roadmap_get_info (roadmap)->id;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  MkSchoolBackup *backup;

  g_ptr_array_add (items, item (0, FALSE, "Мера"));
  g_assert_true (mk_store_save_roadmap_items (f->store, id, items, &error));
  set_status (f, mk_roadmap_item_get_id (items->pdata[0]), school, MK_STATUS_PARTLY);
  backup = mk_store_delete_school (f->store, school, &error);
  g_assert_nonnull (backup);
  reports = mk_store_list_item_reports (f->store, id, &error);
  g_assert_cmpuint (reports->len, ==, 0);
  g_assert_true (mk_store_restore_school (f->store, backup, &error));
  g_assert_no_error (error);
  mk_school_backup_free (backup);
  g_clear_pointer (&reports, g_ptr_array_unref);
  reports = mk_store_list_item_reports (f->store, id, &error);
  g_assert_cmpuint (reports->len, ==, 1);
  g_assert_cmpint (((MkItemReport *) reports->pdata[0])->status, ==, MK_STATUS_PARTLY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/roadmaps/numbering", test_numbering);
  g_test_add_func ("/roadmaps/status-parse", test_status_parse);
  g_test_add ("/roadmaps/store", Fixture, NULL, fixture_setup, test_store, fixture_teardown);
  g_test_add ("/roadmaps/copy", Fixture, NULL, fixture_setup, test_copy, fixture_teardown);
  g_test_add ("/roadmaps/school-undo", Fixture, NULL, fixture_setup, test_school_undo,
              fixture_teardown);
  return g_test_run ();
}
