/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-reports-protocols"
#include "config.h"

#include <string.h>

#include "mk-protocol-doc.h"
#include "mk-protocol-editor.h"
#include "mk-store-indicators.h"
#include "mk-store-protocols.h"
#include "mk-test-report.h"
#include "mk-test-util.h"

/* Protocol No 12 of the demo written by mayak-cli as a user writes it,
 * and read back as a reader reads it: pdftotext for the words in order,
 * their boxes for the margins, and the DOCX's own XML for its parts. */

typedef MkTestDemoDb Demo;

#define PT_PER_MM (72.0 / 25.4)

static char *
write_protocol (Demo       *d,
                const char *name,
                const char *extract)
{
  g_auto(MkTestRun) run = { 0 };
  char *path = g_build_filename (d->dir, name, NULL);

  if (extract != NULL)
    mk_test_cli (&run, "--db", d->db, "protocol", "1", "--extract", extract, "-o", path, NULL);
  else
    mk_test_cli (&run, "--db", d->db, "protocol", "1", "-o", path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  return path;
}

static char *
run_text (const char *command)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return g_steal_pointer (&out);
}

static char *
flat_pdf_text (const char *path)
{
  g_autofree char *text = mk_test_pdf_text (path);
  GString *flat = g_string_new (NULL);

  /* Every run of spaces and line ends as one space: a phrase may wrap
   * anywhere, and a justified line spreads its words. */
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == '\f')
      {
        if (flat->len > 0 && flat->str[flat->len - 1] != ' ')
          g_string_append_c (flat, ' ');
      }
    else
      g_string_append_c (flat, *p);
  return g_string_free (flat, FALSE);
}

/* Fails unless TEXT holds each of NEEDLES in this order. */
static void
assert_in_order (const char        *text,
                 const char *const *needles)
{
  const char *at = text;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      const char *found = strstr (at, needles[i]);

      if (found == NULL)
        g_error ("«%s» is missing after «%.60s»", needles[i], at);
      at = found + strlen (needles[i]);
    }
}

static void
test_pdf_parts_in_order (Demo          *d,
                         gconstpointer  data)
{
  g_autofree char *path = write_protocol (d, "p.pdf", NULL);
  g_autofree char *text = flat_pdf_text (path);
  static const char *const parts[] = {
    "УТВЕРЖДАЮ", "Начальник Управления образования", "Л.М. Миннуллина",
    "ПРОТОКОЛ", "заседания муниципальной рабочей группы", "25.05.2022", "№ 12",
    "Место проведения: кабинет № 101",
    "Присутствовали:", "Бессонова М.В.", "Зыкова М.В.", "Бубенщикова В.В.", "Войтюшенко Г.Ф.",
    "Едигарева Н.В.", "Плотникова Т.А.", "Сельменских А.В.",
    "Повестка дня:", "1. Муниципальный мониторинг", "2. Разработка и принятие", "3. Результаты мониторинга",
    "По первому вопросу слушали Едигареву Надежду Витальевну",
    "42.8%", "59.1%",
    "По второму вопросу слушали", "По третьему вопросу слушали",
    "«Средняя школа № 1 с углублённым изучением отдельных предметов»",
    "«Средняя школа №2»", "0,6", "«Средняя школа №7»", "14ч.", "«Лицей № 9»", "4/27",
    "«Основная школа №14»", "7/16", "Средняя школа № 60",
    "Решили:", "1. Продолжить работу со школами", "2. Подготовить адресные",
    "3. Направить в школы", "4. Организовать методические десанты", "5. Продолжить реализацию",
    "– сетевое взаимодействие школ", "6. Разработать методистам", "– педагогическим работникам",
    "7. После согласования", "Секретарь муниципальной рабочей группы", "Т.А. Плотникова",
    NULL
  };

  assert_in_order (text, parts);
}

/* The words' boxes on every page: the text stays inside the margins of
 * ГОСТ Р 7.0.97 (30, 10, 20 and 20 mm), and pages from the second carry
 * their number at the top centre. */
static void
test_pdf_margins_and_numbers (Demo          *d,
                              gconstpointer  data)
{
  g_autofree char *path = write_protocol (d, "p.pdf", NULL);
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("python3 -c \"%s\" %s",
      "import sys,re\n"
      "h=open(sys.argv[1]+'.html').read()\n"
      "pages=re.findall(r'<page width=.([0-9.]+). height=.([0-9.]+).>(.*?)</page>',h,re.S)\n"
      "for i,(w,ht,body) in enumerate(pages):\n"
      "  ws=[(float(a),float(b),float(c),float(e),t) for a,b,c,e,t in re.findall(r'xMin=.([0-9.]+). yMin=.([0-9.]+). xMax=.([0-9.]+). yMax=.([0-9.]+).>([^<]*)<',body)]\n"
      "  top=[x for x in ws if x[1]<50]\n"
      "  rest=[x for x in ws if x[1]>=50]\n"
      "  print(i+1,w,ht,round(min(x[0] for x in rest),1),round(max(x[2] for x in rest),1),round(max(x[3] for x in rest),1),'|'.join(x[4] for x in top),round(sum((x[0]+x[2])/2 for x in top)/max(len(top),1),1))\n",
      quoted);
  g_autofree char *bbox = g_strdup_printf ("pdftotext -bbox %s %s.html", quoted, quoted);
  g_autofree char *boxes = NULL;
  g_auto(GStrv) pages = NULL;

  g_free (run_text (bbox));
  boxes = run_text (command);
  pages = g_strsplit (g_strstrip (boxes), "\n", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, 5);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (pages[i], " ", -1);

      g_test_message ("page %s", pages[i]);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (f[1], NULL), 210 * PT_PER_MM, 0.5);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (f[2], NULL), 297 * PT_PER_MM, 0.5);
      g_assert_cmpfloat (g_ascii_strtod (f[3], NULL), >=, 30 * PT_PER_MM - 0.5);
      g_assert_cmpfloat (g_ascii_strtod (f[4], NULL), <=, 200 * PT_PER_MM + 0.5);
      g_assert_cmpfloat (g_ascii_strtod (f[5], NULL), <=, 277 * PT_PER_MM + 0.5);
      if (i == 0)
        g_assert_cmpstr (f[6], ==, "");
      else
        {
          g_autofree char *number = g_strdup_printf ("%u", i + 1);

          g_assert_cmpstr (f[6], ==, number);
          /* The middle of the text area: 30 mm + 170 mm / 2. */
          g_assert_cmpfloat_with_epsilon (g_ascii_strtod (f[7], NULL), 115 * PT_PER_MM, 3);
        }
    }
}

static void
test_extract (Demo          *d,
              gconstpointer  data)
{
  g_autofree char *path = write_protocol (d, "extract.pdf", "3");
  g_autofree char *text = flat_pdf_text (path);
  static const char *const parts[] = {
    "ВЫПИСКА ИЗ ПРОТОКОЛА", "№ 12", "Присутствовали:", "Повестка дня:",
    "3. Результаты мониторинга", "По третьему вопросу слушали Зыкову Марьяну Валерьевну",
    "«Лицей № 9»", "Решили:", "1. Продолжить работу", "7. После согласования",
    "Т.А. Плотникова", "Выписка верна", NULL
  };

  assert_in_order (text, parts);
  g_assert_null (strstr (text, "По первому вопросу"));
  g_assert_null (strstr (text, "УТВЕРЖДАЮ"));
}

/* Sets the 2019 value of СШ № 2's first indicator, as the editor does. */
static void
change_indicator (Demo       *d,
                  const char *raw)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = mk_store_open (d->db, &error);
  g_autoptr(GPtrArray) sets = NULL;
  g_autoptr(MkSchool) school = NULL;
  g_autoptr(GPtrArray) values = NULL;
  MkIndicatorValue *value = NULL;

  g_assert_no_error (error);
  sets = mk_store_list_indicator_sets (store, &error);
  school = mk_store_find_school (store, "Каменск-Уральский городской округ", "Средняя школа № 2",
                                 NULL, &error);
  g_assert_nonnull (school);
  for (guint i = 0; i < sets->len && value == NULL; i++)
    {
      g_clear_pointer (&values, g_ptr_array_unref);
      values = mk_store_list_indicator_values (store, ((MkIndicatorSet *) sets->pdata[i])->id,
                                               mk_school_get_id (school), &error);
      for (guint j = 0; j < values->len && value == NULL; j++)
        if (g_str_equal (((MkIndicatorValue *) values->pdata[j])->raw, "0,6"))
          value = values->pdata[j];
    }
  g_assert_nonnull (value);
  g_free (value->raw);
  value->raw = g_strdup (raw);
  g_assert_true (mk_store_set_indicator_value (store, value, NULL, &error));
  g_assert_no_error (error);
}

/* A draft's tables follow the data; approving freezes them. */
static void
test_approve_freezes_tables (Demo          *d,
                             gconstpointer  data)
{
  g_auto(MkTestRun) run = { 0 };
  g_autofree char *before = NULL, *draft = NULL, *approved = NULL, *after = NULL;
  g_autofree char *path = NULL;

  path = write_protocol (d, "before.pdf", NULL);
  before = flat_pdf_text (path);
  change_indicator (d, "0,7");
  g_free (path);
  path = write_protocol (d, "draft.pdf", NULL);
  draft = flat_pdf_text (path);
  g_assert_cmpstr (before, !=, draft);
  mk_test_cli (&run, "--db", d->db, "protocol", "1", "--approve", "--date", "27.05.2022", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_free (path);
  path = write_protocol (d, "approved.pdf", NULL);
  approved = flat_pdf_text (path);
  mk_test_assert_has (approved, "27.05.2022");
  change_indicator (d, "0,8");
  g_free (path);
  path = write_protocol (d, "after.pdf", NULL);
  after = flat_pdf_text (path);
  g_assert_cmpstr (approved, ==, after);
  g_assert_null (strstr (after, "0,8"));
}

static void
test_docx_parts (Demo          *d,
                 gconstpointer  data)
{
  g_autofree char *path = write_protocol (d, "p.docx", NULL);
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("python3 -c \"%s\" %s",
      "import sys,zipfile,re\n"
      "x=zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()\n"
      "print(x.count('<w:tbl>'))\n"
      "print(x.count('<w:outlineLvl w:val=\\\"0\\\"/>'), x.count('<w:outlineLvl w:val=\\\"1\\\"/>'))\n"
      "print(''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>',x)))\n", quoted);
  g_autofree char *out = run_text (command);
  static const char *const parts[] = {
    "УТВЕРЖДАЮ", "Л.М. Миннуллина", "ПРОТОКОЛ", "Присутствовали:", "Бессонова М.В.",
    "Повестка дня:", "По первому вопросу слушали", "По третьему вопросу слушали", "«Лицей № 9»",
    "Решили:", "Продолжить работу со школами", "После согласования", "Т.А. Плотникова", NULL
  };

  /* The municipal table and the fourteen schools' tables; the headings:
   * «ПРОТОКОЛ», then «Присутствовали:», «Повестка дня:», the three reports
   * heard and «Решили:». */
  g_assert_true (g_str_has_prefix (out, "15\n1 6\n"));
  assert_in_order (out, parts);
}

/* LibreOffice Writer opens the DOCX and prints the same parts in order;
 * skipped where it is not installed (it is not a dependency). */
static void
test_docx_opens_in_writer (Demo          *d,
                           gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *path = NULL, *quoted = NULL, *dir = NULL, *command = NULL;
  g_autofree char *pdf = NULL, *text = NULL;
  static const char *const parts[] = {
    "УТВЕРЖДАЮ", "ПРОТОКОЛ", "Присутствовали:", "Повестка дня:", "По первому вопросу слушали",
    "«Лицей № 9»", "4/27", "Решили:", "1. Продолжить работу", "7. После согласования",
    "Т.А. Плотникова", NULL
  };

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  path = write_protocol (d, "writer.docx", NULL);
  quoted = g_shell_quote (path);
  dir = g_shell_quote (d->dir);
  command = g_strdup_printf ("%s --headless -env:UserInstallation=file://%s/lo "
                             "--convert-to pdf --outdir %s %s", soffice, d->dir, dir, quoted);
  g_free (run_text (command));
  pdf = g_build_filename (d->dir, "writer.pdf", NULL);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  text = flat_pdf_text (pdf);
  assert_in_order (text, parts);
}

/* The tables P keeps as approved. */
static guint
count_frozen (const MkProtocol *p)
{
  guint n = 0;

  for (guint i = 0; i < p->items->len; i++)
    {
      GPtrArray *blocks = ((MkProtocolItem *) p->items->pdata[i])->blocks;

      for (guint j = 0; j < blocks->len; j++)
        n += ((MkProtocolBlock *) blocks->pdata[j])->frozen != NULL;
    }
  return n;
}

/* What became of a decision, marked elsewhere, survives an edit and an
 * undo of the protocol; approval is not undone, and a signed protocol is
 * never written over. */
static void
test_editor_keeps_marks_and_approval (Demo          *d,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MkStore) store = mk_store_open (d->db, &error);
  g_autoptr(MkProtocolEditor) editor = mk_protocol_editor_new (store, 1, &error);
  g_autoptr(MkProtocol) approved = NULL, stored = NULL, copy = NULL;
  MkProtocolItem *last;
  MkProtocolDecision *first;
  GDate date;

  g_assert_no_error (error);
  last = mk_protocol_editor_get (editor)->items->pdata[2];
  first = last->decisions->pdata[0];
  g_assert_true (mk_store_set_decision_status (store, first->id, MK_DECISION_IN_PROGRESS, &error));
  g_assert_true (mk_protocol_editor_set_field (editor, MK_PROTOCOL_PLACE, "кабинет № 102", &error));
  g_assert_true (mk_protocol_editor_undo (editor, &error));
  g_assert_no_error (error);
  stored = mk_store_get_protocol (store, 1, &error);
  g_assert_cmpstr (stored->place, ==, "кабинет № 101");
  last = stored->items->pdata[2];
  g_assert_cmpint (((MkProtocolDecision *) last->decisions->pdata[0])->status, ==, MK_DECISION_IN_PROGRESS);

  approved = mk_protocol_editor_begin (editor, &error);
  g_date_set_dmy (&date, 27, G_DATE_MAY, 2022);
  g_assert_true (mk_protocol_approve (store, approved, &date, &error));
  g_assert_true (mk_protocol_editor_commit (editor, g_steal_pointer (&approved), &error));
  g_assert_false (mk_protocol_editor_can_undo (editor));
  g_assert_false (mk_protocol_editor_undo (editor, &error));
  g_assert_no_error (error);
  g_assert_null (mk_protocol_editor_begin (editor, &error));
  g_clear_error (&error);

  /* A copy from before the approval is refused by the store itself. */
  copy = mk_protocol_copy (stored);
  g_assert_false (mk_store_save_protocol (store, copy, &error));
  g_assert_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID);
  g_clear_pointer (&stored, mk_protocol_free);
  stored = mk_store_get_protocol (store, 1, NULL);
  g_assert_true (mk_protocol_is_approved (stored));
  g_assert_cmpuint (count_frozen (stored), ==, 15);
}

/* A protocol file whose «Слушали» comes before the agenda is refused
 * whole, naming the row. */
static void
test_import_refused (Demo          *d,
                     gconstpointer  data)
{
  g_auto(MkTestRun) run = { 0 }, list = { 0 };
  g_autofree char *file = mk_test_write_file (d->dir, "bad.csv",
      "Часть;Текст;Дополнительно\n"
      "Номер;13;\n"
      "Дата;30.09.2022;\n"
      "Слушали;Зыкову М.В.;\n"
      "Вопрос;Итоги;\n"
      "Решение;Принять к сведению;срок=31.13.2022\n"
      "Таблица;indicators-school;школа=Лицей № 9; муниципалитет=Каменск-Уральский городской округ\n", -1);

  mk_test_cli (&run, "--db", d->db, "import", "protocol", file, NULL);
  g_assert_cmpint (run.status, ==, 1);
  mk_test_assert_has (run.err, "bad.csv:4:");
  mk_test_assert_has (run.err, "bad.csv:6:");
  /* The «;» of an unquoted cell would cut its parameters short. */
  mk_test_assert_has (run.err, "bad.csv:7:");
  mk_test_cli (&list, "--db", d->db, "protocols", NULL);
  g_assert_null (strstr (list.out, "\t13\t"));
  mk_test_assert_has (list.out, "1\t12\t25.05.2022\tПротокол заседания муниципальной рабочей группы");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add ("/protocols/" path, Demo, NULL, mk_test_demo_db_set_up, func, mk_test_demo_db_tear_down)
  ADD ("pdf-parts-in-order", test_pdf_parts_in_order);
  ADD ("pdf-margins-and-page-numbers", test_pdf_margins_and_numbers);
  ADD ("extract", test_extract);
  ADD ("approve-freezes-tables", test_approve_freezes_tables);
  ADD ("docx-parts", test_docx_parts);
  ADD ("docx-opens-in-writer", test_docx_opens_in_writer);
  ADD ("import-refused", test_import_refused);
  ADD ("editor-keeps-marks-and-approval", test_editor_keeps_marks_and_approval);
#undef ADD
  return g_test_run ();
}
