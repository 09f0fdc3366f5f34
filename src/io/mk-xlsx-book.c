/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-io"
#include "config.h"

#include <string.h>

#include "mk-xlsx-private.h"

typedef struct
{
  char     *name;
  char     *part;       /* NULL if the relationships do not say */
  gboolean  worksheet;  /* not a chart sheet or a macro sheet */
} Sheet;

typedef struct
{
  char *target;         /* the part, resolved to a path in the archive */
  char *type;
} Rel;

struct _MkXlsxBook
{
  GPtrArray *sheets;    /* Sheet, in the workbook's order */
  gboolean   date1904;
  GString   *strings;   /* shared strings, each ending with a NUL */
  GArray    *offsets;   /* gsize into strings */
  GArray    *kinds;     /* guint8 MkCellType per cellXfs entry */
};

static void
sheet_free (Sheet *sheet)
{
  g_free (sheet->name);
  g_free (sheet->part);
  g_free (sheet);
}

static void
rel_free (Rel *rel)
{
  g_free (rel->target);
  g_free (rel->type);
  g_free (rel);
}

void
mk_xlsx_book_free (MkXlsxBook *book)
{
  if (book == NULL)
    return;
  g_clear_pointer (&book->sheets, g_ptr_array_unref);
  if (book->strings != NULL)
    g_string_free (book->strings, TRUE);
  g_clear_pointer (&book->offsets, g_array_unref);
  g_clear_pointer (&book->kinds, g_array_unref);
  g_free (book);
}

/* Targets are relative to the folder of the part that names them, or
 * absolute from the archive root ("/xl/worksheets/sheet1.xml"). */
static char *
resolve_target (const char *base_dir,
                const char *target)
{
  g_autofree char *joined = target[0] == '/' ? g_strdup (target + 1)
                          : *base_dir != '\0' ? g_strconcat (base_dir, "/", target, NULL)
                          : g_strdup (target);
  g_auto(GStrv) segments = g_strsplit (joined, "/", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (g_str_equal (segments[i], "..") && kept->len > 0)
        g_ptr_array_remove_index (kept, kept->len - 1);
      else if (*segments[i] != '\0' && !g_str_equal (segments[i], ".") &&
               !g_str_equal (segments[i], ".."))
        g_ptr_array_add (kept, segments[i]);
    }
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **) kept->pdata);
}

static char *
rels_part_of (const char *part)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;

  if (*part == '\0')
    return g_strdup ("_rels/.rels");
  dir = g_path_get_dirname (part);
  base = g_path_get_basename (part);

  if (g_str_equal (dir, "."))
    return g_strconcat ("_rels/", base, ".rels", NULL);
  return g_strconcat (dir, "/_rels/", base, ".rels", NULL);
}

static void
add_rel (GHashTable *rels,
         MkXlsxXml  *xml,
         const char *base_dir)
{
  g_autofree char *id = mk_xlsx_xml_dup_attr (xml, "Id");
  g_autofree char *target = mk_xlsx_xml_dup_attr (xml, "Target");
  g_autofree char *mode = mk_xlsx_xml_dup_attr (xml, "TargetMode");
  Rel *rel;

  if (id == NULL || target == NULL || g_strcmp0 (mode, "External") == 0)
    return;
  rel = g_new0 (Rel, 1);
  rel->target = resolve_target (base_dir, target);
  rel->type = mk_xlsx_xml_dup_attr (xml, "Type");
  g_hash_table_replace (rels, g_steal_pointer (&id), rel);
}

/* The relationships of PART, id → Rel; empty if it has none. */
static GHashTable *
load_rels (MkXlsxPackage  *pkg,
           const char     *part,
           GError        **error)
{
  g_autoptr(GHashTable) rels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) rel_free);
  g_autofree char *rels_part = rels_part_of (part);
  g_autofree char *base_dir = g_path_get_dirname (part);
  g_autoptr(MkXlsxXml) xml = NULL;
  const xmlChar *n_rel;
  int ret;

  if (!mk_xlsx_package_has (pkg, rels_part))
    return g_steal_pointer (&rels);
  xml = mk_xlsx_xml_open (pkg, rels_part, error);
  if (xml == NULL)
    return NULL;
  n_rel = mk_xlsx_xml_intern (xml, "Relationship");
  while ((ret = mk_xlsx_xml_read (xml, error)) == 1)
    if (mk_xlsx_xml_is_element (xml, n_rel))
      add_rel (rels, xml, g_str_equal (base_dir, ".") ? "" : base_dir);
  return ret == 0 ? g_steal_pointer (&rels) : NULL;
}

/* The target of the first relationship whose type ends with /SUFFIX. */
static const char *
find_rel_of_type (GHashTable *rels,
                  const char *suffix)
{
  GHashTableIter iter;
  Rel *rel;
  g_autofree char *tail = g_strconcat ("/", suffix, NULL);

  g_hash_table_iter_init (&iter, rels);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &rel))
    if (rel->type != NULL && g_str_has_suffix (rel->type, tail))
      return rel->target;
  return NULL;
}

static char *
find_workbook (MkXlsxPackage  *pkg,
               GError        **error)
{
  g_autoptr(GHashTable) root = load_rels (pkg, "", error);
  const char *part;

  if (root == NULL)
    return NULL;
  part = find_rel_of_type (root, "officeDocument");
  if (part == NULL)
    part = "xl/workbook.xml";
  if (!mk_xlsx_package_has (pkg, part))
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                   _("%s: a ZIP archive but not an XLSX workbook; save the table as .xlsx or CSV"),
                   mk_xlsx_package_get_path (pkg));
      return NULL;
    }
  return g_strdup (part);
}

static void
add_sheet (MkXlsxBook *book,
           MkXlsxXml  *xml,
           GHashTable *rels)
{
  g_autofree char *rid = mk_xlsx_xml_dup_attr (xml, "id");
  Sheet *sheet = g_new0 (Sheet, 1);
  Rel *rel = rid != NULL ? g_hash_table_lookup (rels, rid) : NULL;

  sheet->name = mk_xlsx_xml_dup_attr (xml, "name");
  if (sheet->name == NULL)
    sheet->name = g_strdup_printf ("%u", book->sheets->len + 1);
  if (rel != NULL)
    {
      sheet->part = g_strdup (rel->target);
      sheet->worksheet = rel->type == NULL || g_str_has_suffix (rel->type, "/worksheet");
    }
  g_ptr_array_add (book->sheets, sheet);
}

static gboolean
load_workbook (MkXlsxBook     *book,
               MkXlsxPackage  *pkg,
               const char     *part,
               GHashTable     *rels,
               GError        **error)
{
  g_autoptr(MkXlsxXml) xml = mk_xlsx_xml_open (pkg, part, error);
  const xmlChar *n_sheet, *n_pr;
  int ret;

  if (xml == NULL)
    return FALSE;
  n_sheet = mk_xlsx_xml_intern (xml, "sheet");
  n_pr = mk_xlsx_xml_intern (xml, "workbookPr");
  while ((ret = mk_xlsx_xml_read (xml, error)) == 1)
    {
      if (mk_xlsx_xml_is_element (xml, n_sheet))
        add_sheet (book, xml, rels);
      else if (mk_xlsx_xml_is_element (xml, n_pr))
        {
          g_autofree char *d1904 = mk_xlsx_xml_dup_attr (xml, "date1904");

          book->date1904 = g_strcmp0 (d1904, "1") == 0 || g_strcmp0 (d1904, "true") == 0;
        }
    }
  return ret == 0;
}

static gboolean
load_strings (MkXlsxBook     *book,
              MkXlsxPackage  *pkg,
              const char     *part,
              GError        **error)
{
  g_autoptr(MkXlsxXml) xml = mk_xlsx_xml_open (pkg, part, error);
  const xmlChar *n_si;
  int ret;

  if (xml == NULL)
    return FALSE;
  n_si = mk_xlsx_xml_intern (xml, "si");
  while ((ret = mk_xlsx_xml_read (xml, error)) == 1)
    {
      gsize offset = book->strings->len;

      if (!mk_xlsx_xml_is_element (xml, n_si))
        continue;
      g_array_append_val (book->offsets, offset);
      if (!mk_xlsx_xml_collect_text (xml, book->strings, error))
        return FALSE;
      g_string_append_c (book->strings, '\0');
    }
  return ret == 0;
}

/* A part named by the workbook's relationships, or where Excel puts it. */
static const char *
optional_part (MkXlsxPackage *pkg,
               GHashTable    *rels,
               const char    *type,
               const char    *fallback)
{
  const char *part = find_rel_of_type (rels, type);

  if (part == NULL && mk_xlsx_package_has (pkg, fallback))
    part = fallback;
  return part;
}

MkXlsxBook *
mk_xlsx_book_load (MkXlsxPackage  *pkg,
                   GError        **error)
{
  g_autoptr(MkXlsxBook) book = g_new0 (MkXlsxBook, 1);
  g_autofree char *workbook = find_workbook (pkg, error);
  g_autoptr(GHashTable) rels = NULL;
  const char *part;

  book->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  book->strings = g_string_new (NULL);
  book->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  if (workbook == NULL || (rels = load_rels (pkg, workbook, error)) == NULL ||
      !load_workbook (book, pkg, workbook, rels, error))
    return NULL;
  part = optional_part (pkg, rels, "sharedStrings", "xl/sharedStrings.xml");
  if (part != NULL && !load_strings (book, pkg, part, error))
    return NULL;
  part = optional_part (pkg, rels, "styles", "xl/styles.xml");
  if (part != NULL && (book->kinds = mk_xlsx_styles_load (pkg, part, error)) == NULL)
    return NULL;
  return g_steal_pointer (&book);
}

static Sheet *
lookup_sheet (MkXlsxBook *book,
              const char *name)
{
  g_autofree char *folded = name != NULL ? g_utf8_casefold (name, -1) : NULL;

  for (guint i = 0; i < book->sheets->len; i++)
    {
      Sheet *sheet = g_ptr_array_index (book->sheets, i);

      if (name == NULL ? sheet->worksheet : g_str_equal (sheet->name, name))
        return sheet;
    }
  /* Then without regard to case, as Excel compares sheet names. */
  for (guint i = 0; name != NULL && i < book->sheets->len; i++)
    {
      Sheet *sheet = g_ptr_array_index (book->sheets, i);
      g_autofree char *other = g_utf8_casefold (sheet->name, -1);

      if (g_str_equal (other, folded))
        return sheet;
    }
  return NULL;
}

static void
set_no_sheet (MkXlsxBook  *book,
              const char  *name,
              GError     **error)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < book->sheets->len; i++)
    {
      Sheet *sheet = g_ptr_array_index (book->sheets, i);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", sheet->name);
    }
  if (name == NULL)
    g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_NO_SHEET,
                 _("the workbook has no worksheet"));
  else
    g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_NO_SHEET,
                 _("the workbook has no sheet “%s”; its sheets are: %s"),
                 name, names->str);
}

const char *
mk_xlsx_book_find_sheet (MkXlsxBook  *book,
                         const char  *name,
                         const char **found,
                         GError     **error)
{
  Sheet *sheet = lookup_sheet (book, name);

  if (sheet == NULL)
    {
      set_no_sheet (book, name, error);
      return NULL;
    }
  if (sheet->part == NULL || !sheet->worksheet)
    {
      g_set_error (error, MK_TABLE_ERROR, MK_TABLE_ERROR_FORMAT,
                   _("the sheet “%s” is a chart or has no data part, not a table"), sheet->name);
      return NULL;
    }
  *found = sheet->name;
  return sheet->part;
}

const char *
mk_xlsx_book_get_string (MkXlsxBook *book,
                         guint       index)
{
  if (index >= book->offsets->len)
    return NULL;
  return book->strings->str + g_array_index (book->offsets, gsize, index);
}

MkCellType
mk_xlsx_book_get_kind (MkXlsxBook *book,
                       guint       xf)
{
  if (book->kinds == NULL || xf >= book->kinds->len)
    return MK_CELL_NUMBER;
  return g_array_index (book->kinds, guint8, xf);
}

gboolean
mk_xlsx_book_is_1904 (MkXlsxBook *book)
{
  return book->date1904;
}
