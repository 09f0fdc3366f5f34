#define G_LOG_DOMAIN "mayak"
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "mk-application.h"

/* Whether this binary is the one built in MK_BUILD_ROOT, i.e. the app
 * runs uninstalled from the build tree. */
static gboolean
running_from_build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  return exe != NULL && g_str_has_prefix (exe, MK_BUILD_ROOT "/");
}

/* Translations: the build tree's po/ when it has the Russian catalog and
 * we run from there, else the installed ones. */
static void
setup_gettext (gboolean uninstalled)
{
  const char *dir = LOCALEDIR;

  if (uninstalled &&
      g_file_test (MK_BUILD_ROOT "/po/ru/LC_MESSAGES/" GETTEXT_PACKAGE ".mo",
                   G_FILE_TEST_IS_REGULAR))
    dir = MK_BUILD_ROOT "/po";

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  gboolean uninstalled = running_from_build_tree ();
  g_autoptr(MkApplication) application = NULL;

  setup_gettext (uninstalled);

  /* The schema is compiled into the build tree (data/meson.build), so an
   * uninstalled `mayak` finds it there unless told otherwise. */
  if (uninstalled && g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", MK_BUILD_ROOT "/data", TRUE);

  g_set_application_name (_("Mayak"));
  application = mk_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
