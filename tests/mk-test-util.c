#define G_LOG_DOMAIN "mk-test"
#include "config.h"

#include <glib/gstdio.h>

#include "mk-test-util.h"

char *
mk_test_tmpdir_new (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("mayak-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

void
mk_test_tmpdir_free (char *dir)
{
  if (dir == NULL)
    return;
  remove_tree (dir);
  g_free (dir);
}

char *
mk_test_source_path (const char *relative)
{
  const char *root = g_getenv ("MK_SOURCE_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, relative, NULL);
}

char *
mk_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize      len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  return path;
}

char *
mk_test_read_file (const char *path,
                   gsize      *len)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);
  return contents;
}
