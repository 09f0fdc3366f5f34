/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reports-pdf"
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "mk-pdf-render.h"
#include "mk-report.h"
#include "mk-test-report.h"
#include "mk-test-util.h"

/* Exported PDFs are read back with poppler's pdftotext and pdfinfo, the
 * tools that see the file as a reader's viewer does. */

static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The text of pages FIRST … LAST (0: to the end), laid out. */
static char *
pdf_text (const char *path,
          guint       first,
          guint       last)
{
  g_autofree char *f = g_strdup_printf ("%u", MAX (first, 1));
  g_autofree char *l = g_strdup_printf ("%u", last);
  const char *pages[] = { "pdftotext", "-layout", "-f", f, "-l", l, path, "-", NULL };
  const char *to_end[] = { "pdftotext", "-layout", "-f", f, path, "-", NULL };

  return run_tool (last ? pages : to_end);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static char *
export_pdf (Fixture    *f,
            const char *id)
{
  MkReportParams params = { .school_year = 2022, .municipality = "Смоленск" };
  const MkReportInfo *info = mk_report_find (id);
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSheet) sheet = NULL;
  char *path = g_strdup_printf ("%s/%s.pdf", f->dir, id);

  g_assert_nonnull (info);
  sheet = mk_report_build (info, f->store, &params, &error);
  g_assert_no_error (error);
  g_assert_true (mk_pdf_render (sheet, path, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_distribution (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = export_pdf (f, "cluster-distribution");
  g_autofree char *text = pdf_text (path, 1, 0);

  mk_test_assert_has (text, "Распределение по кластерам (Смоленск)");
  mk_test_assert_has (text, "Кластер 1. ШПУ");
  mk_test_assert_has (text, "2022-2023");
  mk_test_assert_has (text, "46,5%");
  mk_test_assert_has (text, "25,6%");
  g_assert_cmpuint (pdf_pages (path), ==, 1);
}

static void
test_snro_history (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = export_pdf (f, "snro-history");
  g_autofree char *text = pdf_text (path, 1, 0);

  mk_test_assert_has (text, "2022-2023");
  mk_test_assert_has (text, "СШ №№ 9, 11, 14, 19, 36, 39");
  mk_test_assert_has (text, "2/33,3%");
}

static void
test_staff (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = export_pdf (f, "staff");
  g_autofree char *text = pdf_text (path, 1, 0);

  mk_test_assert_has (text, "2 (РК)");
  mk_test_assert_has (text, "4+6");
  mk_test_assert_has (text, "Таблица 2.1. ШНРО");
}

/* A long table: several pages, the header row again on page 2, and the
 * title and the footnote once each. */
static void
test_pagination (void)
{
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "long.pdf", NULL);
  g_autoptr(MkSheet) sheet = mk_sheet_new ("long");
  MkSheetStyle head = { .flags = MK_SHEET_BOLD | MK_SHEET_BORDER | MK_SHEET_FILL,
                        .align = MK_SHEET_ALIGN_CENTER, .fill = 0xdddddd };
  MkSheetStyle body = { .flags = MK_SHEET_BORDER };
  guint h = mk_sheet_add_style (sheet, &head), b = mk_sheet_add_style (sheet, &body);
  g_autoptr(GError) error = NULL;
  g_autofree char *page1 = NULL, *page2 = NULL, *all = NULL;
  guint n_pages;

  mk_sheet_add_title (sheet, 0, 3, "Длинная таблица");
  mk_sheet_set_text (sheet, 1, 0, "Номер строки", h);
  mk_sheet_set_text (sheet, 1, 1, "Школа", h);
  mk_sheet_set_text (sheet, 1, 2, "Доля", h);
  for (guint r = 0; r < 2000; r++)
    {
      g_autofree char *name = g_strdup_printf ("Школа %u", r + 1);
      mk_sheet_set_integer (sheet, r + 2, 0, r + 1, b);
      mk_sheet_set_text (sheet, r + 2, 1, name, b);
      mk_sheet_set_share (sheet, r + 2, 2, (r % 1000) / 1000.0, b);
    }
  mk_sheet_add_footnote (sheet, 2002, 3, "Примечание в конце");
  mk_sheet_set_column_width (sheet, 0, 16);
  mk_sheet_set_column_width (sheet, 1, 30);
  mk_sheet_get_page (sheet)->repeat_first = mk_sheet_get_page (sheet)->repeat_last = 1;
  g_assert_true (mk_pdf_render (sheet, path, &error));
  g_assert_no_error (error);

  n_pages = pdf_pages (path);
  g_assert_cmpuint (n_pages, >, 10);
  page1 = pdf_text (path, 1, 1);
  page2 = pdf_text (path, 2, 2);
  all = pdf_text (path, 1, 0);
  mk_test_assert_has (page1, "Длинная таблица");
  mk_test_assert_has (page2, "Номер строки");
  g_assert_null (strstr (page2, "Длинная таблица"));
  mk_test_assert_has (all, "Школа 2000");
  mk_test_assert_has (all, "99,9%");
  mk_test_assert_has (all, "Примечание в конце");
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_layout_api (void)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("api");
  g_autoptr(MkPdfLayout) layout = NULL;
  MkSheetCell cell = { .kind = MK_SHEET_DECIMAL, .number = -2.345 };
  MkSheetStyle style = { .decimals = 2 };
  g_autofree char *decimal = mk_pdf_format_cell (&cell, &style);
  g_autofree char *share = NULL;

  g_assert_cmpstr (decimal, ==, "-2,35");
  cell.kind = MK_SHEET_SHARE;
  cell.number = 0.0625;
  share = mk_pdf_format_cell (&cell, &style);
  g_assert_cmpstr (share, ==, "6,3%");
  /* An empty sheet still prints one (blank) page. */
  layout = mk_pdf_layout_new (sheet, MK_PDF_A4_WIDTH, MK_PDF_A4_HEIGHT, NULL);
  g_assert_cmpuint (mk_pdf_layout_get_n_pages (layout), ==, 1);
}

/* Every word of every cell of SHEET, as pdftotext reads the PDF: whole. */
/* «%», «–»: a word of signs only. */
static gboolean
is_sign (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ispunct (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
assert_words_whole (MkSheet    *sheet,
                    const char *pdf_text,
                    const char *id)
{
  g_autoptr(GString) flat = g_string_new (NULL);
  guint n_cells;
  const MkSheetCell *cells = mk_sheet_get_cells (sheet, &n_cells);

  /* pdftotext -layout keeps a printed line's words apart by spaces. */
  for (const char *p = pdf_text; *p != '\0'; p++)
    g_string_append_c (flat, *p == '\n' ? ' ' : *p);
  g_string_append_c (flat, ' ');
  for (guint i = 0; i < n_cells; i++)
    {
      g_autofree char *text = mk_pdf_format_cell (&cells[i],
                                                  mk_sheet_get_style (sheet, cells[i].style));
      g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);

      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autofree char *whole = g_strdup_printf (" %s ", words[w]);

          /* A lone sign («в %») may read glued to its word: it is not cut. */
          if (*words[w] != '\0' && strstr (flat->str, whole) == NULL
              && !g_str_has_prefix (flat->str, whole + 1)
              && !(is_sign (words[w]) && strstr (flat->str, words[w]) != NULL))
            g_error ("%s: «%s» of «%s» is not whole in the PDF", id, words[w], text);
        }
    }
}

/* No report clips or breaks a word or a number: the layout sets every
 * cell's text whole inside its box, lines broken only at spaces, and
 * every word of every cell reads whole in the PDF (pdftotext). */
static void
test_no_clipping (Fixture       *f,
                  gconstpointer  data)
{
  static const char *municipalities[] = { NULL, "Смоленск" };
  guint n_reports;
  const MkReportInfo *catalog = mk_report_catalog (&n_reports);

  for (guint i = 0; i < n_reports; i++)
    for (guint m = 0; m < G_N_ELEMENTS (municipalities); m++)
      {
        MkReportParams params = { .school_year = 2022, .municipality = municipalities[m] };
        g_autoptr(GError) error = NULL;
        g_autoptr(MkSheet) sheet = mk_report_build (&catalog[i], f->store, &params, &error);
        g_autofree char *path = g_strdup_printf ("%s/%s-%u.pdf", f->dir, catalog[i].id, m);
        gboolean landscape = mk_sheet_get_page (sheet)->orientation == MK_SHEET_LANDSCAPE;
        g_autoptr(MkPdfLayout) layout = NULL;
        g_autofree char *problems = NULL, *text = NULL;

        g_assert_no_error (error);
        layout = mk_pdf_layout_new (sheet, landscape ? MK_PDF_A4_HEIGHT : MK_PDF_A4_WIDTH,
                                    landscape ? MK_PDF_A4_WIDTH : MK_PDF_A4_HEIGHT, NULL);
        if ((problems = mk_pdf_layout_check (layout)) != NULL)
          g_error ("%s (%s): text does not print whole:\n%s", catalog[i].id,
                   municipalities[m] ? municipalities[m] : "all", problems);
        g_assert_true (mk_pdf_render (sheet, path, &error));
        g_assert_no_error (error);
        text = pdf_text (path, 1, 0);
        assert_words_whole (sheet, text, catalog[i].id);
      }
}

/* The words that were cut before: a label in a narrow first column runs
 * on into the empty cells beside it, a long cluster heading wraps, and
 * a narrow column widens for its longest word. */
static void
test_long_words (void)
{
  g_autoptr(MkSheet) sheet = mk_sheet_new ("words");
  MkSheetStyle head = { .flags = MK_SHEET_BOLD | MK_SHEET_BORDER | MK_SHEET_WRAP };
  MkSheetStyle body = { .flags = MK_SHEET_BORDER };
  guint h = mk_sheet_add_style (sheet, &head), b = mk_sheet_add_style (sheet, &body);
  g_autoptr(MkPdfLayout) layout = NULL;
  g_autofree char *problems = NULL;

  mk_sheet_set_text (sheet, 0, 0, "Приложение 2", 0);
  mk_sheet_set_text (sheet, 1, 0, "Кластер «Школы, функционирующие в неблагоприятных "
                     "социальных условиях»", b);
  mk_sheet_merge (sheet, 1, 0, 1, 2);
  mk_sheet_set_text (sheet, 2, 0, "№", h);
  mk_sheet_set_text (sheet, 2, 1, "Русский язык", h);
  mk_sheet_set_text (sheet, 2, 2, "Учебный год", h);
  mk_sheet_set_integer (sheet, 3, 0, 1234567, b);
  mk_sheet_set_text (sheet, 3, 1, "Математика", b);
  mk_sheet_set_text (sheet, 3, 2, "2018-2019", b);
  mk_sheet_set_column_width (sheet, 0, 2);
  mk_sheet_set_column_width (sheet, 1, 4);
  mk_sheet_set_column_width (sheet, 2, 40);
  layout = mk_pdf_layout_new (sheet, MK_PDF_A4_WIDTH, MK_PDF_A4_HEIGHT, NULL);
  problems = mk_pdf_layout_check (layout);
  g_assert_null (problems);
}

static int
run_cli (const char *db,
         const char *output)
{
  const char *argv[] = { g_getenv ("MK_CLI"), "--db", db, "report", "cluster-distribution",
                         "--year=2022/2023", "-o", output, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  return WEXITSTATUS (status);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "cli.xlsx", NULL);
  g_autofree char *txt = g_build_filename (f->dir, "cli.txt", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (run_cli (db, pdf), ==, 0);
  text = pdf_text (pdf, 1, 0);
  mk_test_assert_has (text, "Кластер 5. ШсРНР");
  g_assert_cmpint (run_cli (db, xlsx), ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (db, txt), ==, 2);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add ("/reports-pdf/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("distribution", test_distribution);
  ADD ("snro-history", test_snro_history);
  ADD ("staff", test_staff);
  ADD ("cli", test_cli);
  ADD ("no-clipping", test_no_clipping);
  g_test_add_func ("/reports-pdf/long-words", test_long_words);
  g_test_add_func ("/reports-pdf/pagination", test_pagination);
  g_test_add_func ("/reports-pdf/layout-api", test_layout_api);
  return g_test_run ();
}
