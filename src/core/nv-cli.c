/* nv-cli.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "nv-cli.h"
#include "nv-plan-file.h"

typedef struct
{
  gboolean check;
} NvCliOptions;

static int
run_check (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = NULL;
  g_autofree char *networks = NULL, *meetings = NULL, *people = NULL;
  guint n_networks, n_meetings, n_people;

  plan = nv_plan_load_from_file (file, NULL, &error);
  if (plan == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }

  n_networks = g_list_model_get_n_items (nv_plan_get_networks (plan));
  n_meetings = nv_plan_count_meetings (plan);
  n_people = g_list_model_get_n_items (nv_plan_get_people (plan));
  networks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u network", "%u networks", n_networks), n_networks);
  meetings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings", n_meetings), n_meetings);
  people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n_people), n_people);

  /* Translators: "plan.netvaerk: 4 networks, 12 meetings, 26 people" */
  g_print (_("%s: %s, %s, %s\n"), path, networks, meetings, people);
  return 0;
}

/**
 * nv_cli_run:
 *
 * Runs the command the arguments ask for, if they ask for one, and sets
 * @exit_status. Returns %FALSE, without printing anything, when they ask
 * for none and the application should start as usual.
 */
gboolean
nv_cli_run (int    argc,
            char **argv,
            int   *exit_status)
{
  NvCliOptions options = { 0 };
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &options.check,
      N_("Check that FILE is a valid plan and print a summary"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  gboolean wants_command = FALSE;

  /* Only look: the GUI parses the same arguments if no command is given */
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--check"))
      wants_command = TRUE;
  if (!wants_command)
    return FALSE;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  args = g_strdupv (argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_printerr ("%s\n", error->message);
      *exit_status = 2;
      return TRUE;
    }

  if (files == NULL || g_strv_length (files) != 1)
    {
      g_printerr (_("Usage: %s --check FILE\n"), g_get_prgname ());
      *exit_status = 2;
      return TRUE;
    }

  *exit_status = run_check (files[0]);
  return TRUE;
}
