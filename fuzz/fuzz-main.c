/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-fuzz-main"
#include "config.h"

#include "mk-fuzz.h"

/* Runs a target over every file of the folders (or the files) it is
 * given, without libFuzzer, so that the ordinary build checks the corpus
 * as a unit test. Prints TAP: one line per folder. */

static guint
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, &error))
    g_error ("%s", error->message);
  LLVMFuzzerTestOneInput ((const guint8 *) data, len);
  return 1;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

/* Files in name order, so that a failure repeats the same way. */
static guint
run_folder (const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n = 0;

  if (dir == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    n += run_file (g_ptr_array_index (names, i));
  return n;
}

int
main (int   argc,
      char *argv[])
{
  g_print ("1..%d\n", argc - 1);
  for (int i = 1; i < argc; i++)
    {
      guint n = g_file_test (argv[i], G_FILE_TEST_IS_DIR) ? run_folder (argv[i]) : run_file (argv[i]);

      /* An empty corpus would pass while checking nothing. */
      g_print ("%sok %d - %s: %u inputs\n", n > 0 ? "" : "not ", i, argv[i], n);
    }
  return 0;
}
