/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mayak"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-application.h"
#include "mk-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MkApplication) application = NULL;

  /* From the build tree, `meson devenv` (build-aux/run) points
   * GSETTINGS_SCHEMA_DIR and MAYAK_LOCALEDIR there. */
  mk_i18n_init ();
  g_set_application_name (_("Mayak"));
  application = mk_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
