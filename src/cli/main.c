/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "mk-cli.h"
#include "mk-i18n.h"
#include "mk-cli-chart.h"
#include "mk-cli-clusters.h"
#include "mk-cli-procedures.h"
#include "mk-cli-indicators.h"
#include "mk-cli-protocols.h"
#include "mk-cli-roadmaps.h"
#include "mk-cli-statistics.h"
#include "mk-store.h"

typedef struct {
  const char *name;
  int       (*run) (MkCliContext *ctx);
} Command;

static const Command commands[] = {
  { "init", mk_cli_init },
  { "demo", mk_cli_demo },
  { "import", mk_cli_import },
  { "schools", mk_cli_schools },
  { "report", mk_cli_report },
  { "classify", mk_cli_classify },
  { "clusters", mk_cli_clusters },
  { "explain", mk_cli_explain },
  { "override", mk_cli_override },
  { "chart", mk_cli_chart },
  { "statistics", mk_cli_statistics },
  { "procedures", mk_cli_procedures },
  { "roadmaps", mk_cli_roadmaps },
  { "indicators", mk_cli_indicators },
  { "protocols", mk_cli_protocols },
  { "protocol", mk_cli_protocol },
  { "backup", mk_cli_backup },
};

static void
print_help (void)
{
  printf ("%s\n\n", _("Usage: mayak-cli [--db FILE] COMMAND [ARGUMENTS]"));
  printf ("%s\n", _("Commands:"));
  printf ("  init                         %s\n", _("create or migrate the database; prints «schema N»"));
  printf ("  demo                         %s\n", _("load the demo data into an empty database"));
  printf ("  import schools FILE          %s\n", _("import schools (and municipalities) from CSV or XLSX"));
  printf ("  import staff FILE            %s\n", _("import staff per school and school year"));
  printf ("  import results FILE          %s\n", _("import results, one row per school, year and procedure"));
  printf ("  import markers FILE --year YYYY  %s\n", _("import a marker matrix of a calendar year"));
  printf ("  import context FILE          %s\n", _("import ИСБШ, students, «500+» and reported marker totals"));
  printf ("  import overrides FILE        %s\n", _("import clusters set by hand, with their reasons"));
  printf ("  import statistics FILE       %s\n", _("import external statistics: school year, scope, schools, ШНРО"));
  printf ("  import roadmaps FILE         %s\n", _("import roadmaps: school year, number, title, clusters, order"));
  printf ("  import roadmap-items FILE    %s\n", _("import the items of roadmaps, in order"));
  printf ("  import roadmap-statuses FILE [--roadmap ID]  %s\n", _("import what schools reported of a roadmap's items"));
  printf ("  import indicators FILE [--set TITLE --municipality NAME [--school NAME]]\n"
          "                               %s\n", _("import an indicator table of the municipality or a school"));
  printf ("  schools [--format tsv|csv|json]  %s\n", _("list the schools"));
  printf ("  statistics [--format tsv|csv|json]  %s\n", _("list the external statistics"));
  printf ("  statistics set --year 2022/2023 --scope NAME --schools N --snro N [--note TEXT]\n"
          "                               %s\n", _("add or replace the statistics of a scope and year"));
  printf ("  statistics delete --year 2022/2023 --scope NAME  %s\n", _("delete the statistics of a scope and year"));
  printf ("  procedures [--format tsv|csv|json]  %s\n", _("list the procedure catalog with the number of results of each"));
  printf ("  procedures add \"ОГЭ АНГ\" [--title TEXT]  %s\n", _("add a procedure to the catalog"));
  printf ("  procedures delete CODE       %s\n", _("delete a procedure that no result uses"));
  printf ("  indicators [--entity NAME] [--format tsv|csv|json]  %s\n", _("list the indicator values as written, as read, and their warnings"));
  printf ("  roadmaps [--year 2022/2023] [--format tsv|csv|json]  %s\n", _("list the roadmaps: id, number, school year, municipality, clusters, title"));
  printf ("  classify --year 2022/2023    %s\n", _("compute the clusters of the school year"));
  printf ("  clusters --year 2022/2023 [--format tsv|csv|json]  %s\n", _("list the schools with their clusters"));
  printf ("  explain --school NAME --year 2022/2023  %s\n", _("explain a school's cluster"));
  printf ("  override --school NAME --year 2022/2023 --cluster CODE --reason TEXT [--date DATE]\n"
          "                               %s\n", _("set a school's cluster by hand"));
  printf ("  override --school NAME --year 2022/2023 --clear  %s\n", _("remove the cluster set by hand"));
  printf ("  report --list                %s\n", _("list the reports"));
  printf ("  report ID --year 2022/2023 [--from 2018/2019] [--municipality NAME]\n"
          "                 [--cluster CODE] [--roadmap ID] [--school NAME] -o FILE.xlsx|pdf\n"
          "                               %s\n", _("export a report as XLSX or PDF"));
  printf ("  chart ID --year 2022/2023 [--school NAME] [--municipality NAME] -o FILE.png|svg|pdf\n"
          "                               %s\n", _("draw a dashboard chart; ids: cluster-distribution, "
                                                  "cluster-trend, snro-history, levels, marker-history, "
                                                  "marker-heatmap"));
  printf ("  protocols [--format tsv|csv|json]  %s\n", _("list the meeting protocols: id, number, date, title, approved"));
  printf ("  protocol ID -o FILE.pdf|docx [--extract ITEM]\n"
          "                               %s\n", _("write a protocol, or the extract of one agenda item"));
  printf ("  protocol ID --approve [--date dd.mm.yyyy]  %s\n", _("approve a protocol: its tables are kept as they are"));
  printf ("  import protocol FILE         %s\n", _("import a meeting protocol: a row per part of the document"));
  printf ("  backup TARGET                %s\n", _("save a consistent copy of the database, safe while the app runs"));
  printf ("\n%s\n", _("Import options: --dry-run (check only), --sheet NAME (XLSX sheet), "
                      "--create-missing (add unknown schools), --year YYYY, --roadmap ID."));
  printf ("%s\n", _("Without --db the default database is used: $XDG_DATA_HOME/mayak/mayak.db."));
  printf ("%s\n", _("Commands that only read (schools, clusters, explain, report, chart, statistics, "
                     "procedures, roadmaps, indicators, protocols, protocol -o, backup, every --dry-run) open the database read-only and never "
                     "change it; a missing database is an error for them."));
  printf ("%s\n", _("Exit status: 0 success, 1 data refused, 2 usage error or unreadable file, 3 database cannot be opened."));
}

/* Takes the global options off the front: --db FILE, --version, --help. */
static int
parse_global (int    *argc,
              char ***argv,
              const char **db_path)
{
  while (*argc > 0 && g_str_has_prefix ((*argv)[0], "--"))
    {
      const char *arg = (*argv)[0];
      if (g_str_equal (arg, "--version"))
        return (printf ("mayak-cli %s\n", PACKAGE_VERSION), 0);
      if (g_str_equal (arg, "--help"))
        return (print_help (), 0);
      if (g_str_has_prefix (arg, "--db="))
        *db_path = arg + strlen ("--db=");
      else if (g_str_equal (arg, "--db") && *argc > 1)
        *db_path = (*argv)[1], (*argc)--, (*argv)++;
      else
        return (mk_cli_error (_("unknown option «%s»; see mayak-cli --help"), arg),
                MK_EXIT_USAGE);
      (*argc)--, (*argv)++;
    }
  return -1;
}

/* --db may also follow the command ("import schools f.csv --db d.db"). */
static void
take_db_option (int          *argc,
                char        **argv,
                const char  **db_path)
{
  int kept = 0;

  for (int i = 0; i < *argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--db="))
        *db_path = argv[i] + strlen ("--db=");
      else if (g_str_equal (argv[i], "--db") && i + 1 < *argc)
        *db_path = argv[++i];
      else
        argv[kept++] = argv[i];
    }
  *argc = kept;
}

static int
dispatch (MkCliContext *ctx)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (ctx->argv[0], commands[i].name))
      return commands[i].run (ctx);
  mk_cli_error (_("unknown command «%s»; see mayak-cli --help"), ctx->argv[0]);
  return MK_EXIT_USAGE;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *default_path = NULL;
  MkCliContext ctx = { NULL, 0, NULL };
  int status;

  mk_i18n_init ();
  argc--, argv++;
  if ((status = parse_global (&argc, &argv, &ctx.db_path)) >= 0)
    return status;
  if (argc == 0)
    {
      print_help ();
      return MK_EXIT_USAGE;
    }
  take_db_option (&argc, argv, &ctx.db_path);
  if (ctx.db_path == NULL)
    ctx.db_path = default_path = mk_store_default_path ();
  ctx.argc = argc;
  ctx.argv = argv;
  return dispatch (&ctx);
}
