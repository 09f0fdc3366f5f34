/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-clusters"
#include "config.h"

#include <adwaita.h>

#include "mk-import.h"
#include "mk-importers.h"
#include "mk-test-clusters.h"
#include "mk-test-util.h"

/* The fixture of the display tests of the clusters page and of its
 * overrides (test-gui-clusters.c, test-gui-overrides.c): seven schools
 * whose results and context give each cluster, the page on them, and the
 * helpers both files drive it with. */

/* Markers are results marked «Н»; each school's comment says what it
 * should become in 2022/2023 with the default methodology. */
static const char results_csv[] =
  "municipality;school;year;procedure;participants;low;mark\n"
  /* СШ № 1: 4 + 4 = 8 markers → ШНРО */
  TOWN ";СШ № 1;2021;ОГЭ РУ;;;Н\n" TOWN ";СШ № 1;2021;ОГЭ МА;;;Н\n"
  TOWN ";СШ № 1;2021;ОГЭ ФИЗ;;;Н\n" TOWN ";СШ № 1;2021;ОГЭ ХИМ;;;Н\n"
  TOWN ";СШ № 1;2022;ОГЭ РУ;;;Н\n" TOWN ";СШ № 1;2022;ОГЭ МА;;;Н\n"
  TOWN ";СШ № 1;2022;ОГЭ ФИЗ;;;Н\n" TOWN ";СШ № 1;2022;ОГЭ ХИМ;;;Н\n"
  /* СШ № 2: 3 + 4 = 7 markers → ШНРО, ШсРНР from a threshold of 8 */
  TOWN ";СШ № 2;2021;ОГЭ РУ;;;Н\n" TOWN ";СШ № 2;2021;ОГЭ МА;;;Н\n"
  TOWN ";СШ № 2;2021;ОГЭ ФИЗ;;;Н\n"
  TOWN ";СШ № 2;2022;ОГЭ РУ;;;Н\n" TOWN ";СШ № 2;2022;ОГЭ МА;;;Н\n"
  TOWN ";СШ № 2;2022;ОГЭ ФИЗ;;;Н\n" TOWN ";СШ № 2;2022;ОГЭ ХИМ;;;Н\n"
  /* СШ № 10: 3 markers → ШсРНР */
  TOWN ";СШ № 10;2021;ОГЭ РУ;;;Н\n" TOWN ";СШ № 10;2022;ОГЭ РУ;;;Н\n"
  TOWN ";СШ № 10;2022;ОГЭ МА;;;Н\n"
  /* Гимназия № 1: results without markers, advanced → ШПУ */
  TOWN ";Гимназия № 1;2022;ЕГЭ ФИЗ;20;1;\n"
  /* ОШ № 3: one marker → ШБУ */
  TOWN ";ОШ № 3;2022;ОГЭ МА;10;3;\n"
  /* СШ № 5: 2 markers and ИСБШ 65,0 → ШФНСУ */
  OTHER ";СШ № 5;2021;ОГЭ РУ;;;Н\n" OTHER ";СШ № 5;2022;ОГЭ МА;;;Н\n";
  /* СШ № 7 has no results: not classified */

static const char context_csv[] =
  "municipality;school;year;isbsh\n"
  OTHER ";СШ № 5;2022;65,0\n"
  TOWN ";СШ № 1;2022;80,5\n";

static void
add_school (MkStore    *store,
            const char *municipality,
            const char *name)
{
  g_autoptr(MkSchool) school = mk_school_new ();
  g_autoptr(GError) error = NULL;

  mk_school_set_municipality (school, municipality);
  mk_school_set_name (school, name);
  mk_school_set_profile (school, g_str_has_prefix (name, "Гимназия") ? MK_PROFILE_ADVANCED
                                                                     : MK_PROFILE_SECONDARY);
  g_assert_true (mk_store_add_school (store, school, &error));
  g_assert_no_error (error);
}

static void
import (Fixture    *f,
        MkImportKind  kind,
        const char *name,
        const char *contents)
{
  g_autofree char *path = mk_test_write_file (f->t.dir, name, contents, -1);
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  MkImportOptions options = { NULL, FALSE };
  g_autoptr(GError) error = NULL;

  g_assert_true (mk_import (kind, f->t.store, path, &options, report, &error));
  g_assert_no_error (error);
}

static void
fill (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  add_school (f->t.store, TOWN, "СШ № 1");
  add_school (f->t.store, TOWN, "СШ № 2");
  add_school (f->t.store, TOWN, "СШ № 10");
  add_school (f->t.store, TOWN, "Гимназия № 1");
  add_school (f->t.store, TOWN, "ОШ № 3");
  add_school (f->t.store, TOWN, "СШ № 7");
  add_school (f->t.store, OTHER, "СШ № 5");
  import (f, MK_IMPORT_KIND_RESULTS, "results.csv", results_csv);
  import (f, MK_IMPORT_KIND_CONTEXT, "context.csv", context_csv);
  g_assert_true (mk_store_ensure_school_year (f->t.store, YEAR - 1, &error));
  g_assert_true (mk_store_ensure_school_year (f->t.store, YEAR, &error));
  g_assert_no_error (error);
}

void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mk_test_page_open_store (&f->t, "clusters.db", FALSE);
  fill (f);
  f->page = MK_CLUSTERS_PAGE (mk_clusters_page_new ());
  mk_test_page_show (&f->t, GTK_WIDGET (f->page), 1300, 800);
}

void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  mk_test_page_close (&f->t);
}

gboolean
mk_test_clusters_busy (MkClustersPage *page)
{
  return gtk_spinner_get_spinning (MK_TEST_GUI_CHILD (page, GTK_TYPE_SPINNER, "spinner"));
}

GListModel *
mk_test_clusters_shown (Fixture *f)
{
  return mk_test_gui_rows (GTK_WIDGET (f->page), "column_view");
}

guint
mk_test_clusters_n_shown (Fixture *f)
{
  return g_list_model_get_n_items (mk_test_clusters_shown (f));
}

char *
mk_test_clusters_dup_counts (Fixture *f)
{
  GtkWidget *box = mk_test_gui_child (GTK_WIDGET (f->page), "chips_box");
  g_autoptr(GString) text = g_string_new (NULL);

  for (GtkWidget *chip = gtk_widget_get_first_child (box); chip != NULL;
       chip = gtk_widget_get_next_sibling (chip))
    if (gtk_widget_get_visible (chip))
      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "",
                              gtk_button_get_label (GTK_BUTTON (chip)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
mk_test_clusters_expected_counts (guint spu, guint sbu, guint snro, guint sfnsu, guint srnr)
{
  return g_strdup_printf ("%s %u · %s %u · %s %u · %s %u · %s %u",
                          mk_cluster_abbreviation (MK_CLUSTER_SPU), spu,
                          mk_cluster_abbreviation (MK_CLUSTER_SBU), sbu,
                          mk_cluster_abbreviation (MK_CLUSTER_SNRO), snro,
                          mk_cluster_abbreviation (MK_CLUSTER_SFNSU), sfnsu,
                          mk_cluster_abbreviation (MK_CLUSTER_SRNR), srnr);
}

void
mk_test_clusters_overridden_only (Fixture  *f,
                                  gboolean  only)
{
  gtk_check_button_set_active (MK_TEST_GUI_CHILD (f->page, GTK_TYPE_CHECK_BUTTON,
                                                  "overridden_check"), only);
  mk_test_gui_spin ();
}

GtkWidget *
mk_test_clusters_details (Fixture *f)
{
  return mk_test_gui_child (GTK_WIDGET (f->page), "details");
}

void
mk_test_clusters_classify (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "clusters.classify", NULL));
  g_assert_true (mk_test_clusters_busy (f->page));
  while (mk_test_clusters_busy (f->page))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      mk_test_gui_spin ();
    }
  mk_test_gui_spin ();
}

MkAssignment *
mk_test_clusters_select_school (Fixture    *f,
                                const char *name)
{
  GListModel *model = mk_test_clusters_shown (f);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MkAssignment) item = g_list_model_get_item (model, i);

      if (g_str_equal (mk_assignment_get_school_name (item), name))
        {
          mk_test_gui_select_row (GTK_WIDGET (f->page), "column_view", i);
          return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (mk_test_clusters_shown (f)));
        }
    }
  g_error ("%s is not shown", name);
}

MkAssignment *
mk_test_clusters_stored (Fixture    *f,
                         const char *municipality,
                         const char *name)
{
  g_autoptr(MkSchool) school = mk_store_find_school (f->t.store, municipality, name, NULL, NULL);
  g_autoptr(GError) error = NULL;
  MkAssignment *assignment;

  g_assert_nonnull (school);
  assignment = mk_store_get_assignment (f->t.store, mk_school_get_id (school), YEAR, &error);
  g_assert_no_error (error);
  return assignment;
}
