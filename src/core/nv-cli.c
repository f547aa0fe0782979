/* nv-cli.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <stdio.h>
#include <string.h>

#include "nv-agenda.h"
#include "nv-cli.h"
#include "nv-documents.h"
#include "nv-history.h"
#include "nv-ical-export.h"
#include "nv-ical-import.h"
#include "nv-network.h"
#include "nv-plan-file.h"
#include "nv-referat.h"
#include "nv-safe-file.h"

typedef struct
{
  gboolean  check;
  char     *export_ics;
  char     *import_ics;
  char     *export_text;
  char     *export_pdf;
  char     *document;
  gboolean  large_print;
  char     *meeting;
  char     *network;
} NvCliOptions;

/* The options that make a command: without one, the window opens */
/* The options that make a command; help lists them too */
static const char * const command_options[] = {
  "--check", "--export-text", "--export-ics", "--import-ics", "--export-pdf",
  "--help", "-h", "-?", "--help-all", NULL
};

static NvPlan *
load_plan (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  NvPlan *plan = nv_plan_load_from_file (file, NULL, &error);

  if (plan == NULL)
    g_printerr ("%s: %s\n", path, error->message);
  return plan;
}

/* Writes @text to @path, or to standard output for "-" */
static int
write_output (const char *path,
              const char *text)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_equal (path, "-"))
    {
      g_print ("%s", text);
      return 0;
    }

  file = g_file_new_for_commandline_arg (path);
  if (!nv_safe_file_replace (file, text, strlen (text), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

/* SEQUENCE is kept in the plan: an export that changed it saves the plan */
static int
run_export_ics (NvCliOptions *options,
                const char   *path)
{
  g_autoptr(NvPlan) plan = load_plan (path);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  int status;

  if (plan == NULL)
    return 1;

  meetings = nv_ical_collect (plan, options->meeting, options->network, &error);
  if (meetings != NULL && options->meeting == NULL)
    {
      NvRecord *network = nv_plan_lookup (plan, options->network);

      /* A series gets a calendar name; one meeting does not */
      name = g_strdup (NV_IS_NETWORK (network) ? nv_network_get_name (NV_NETWORK (network))
                                               : nv_plan_get_name (plan));
      if (name == NULL)
        name = g_strdup (_("Netværk"));
    }
  if (meetings != NULL)
    text = nv_ical_export (plan, meetings, NV_ICAL_PUBLISH, name, -1, &error);
  if (text == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }

  status = write_output (options->export_ics, text);
  if (status == 0)
    {
      g_autofree char *warning = nv_ical_publish_warning (plan, meetings);

      /* Translators: a warning on the command line; %s is the plan file, then the warning */
      if (warning != NULL)
        g_printerr (_("%s: warning: %s\n"), path, warning);
    }
  if (status == 0 && nv_history_get_modified (nv_plan_get_history (plan)))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      if (!nv_plan_save_to_file (plan, file, NULL, &error))
        {
          g_printerr ("%s: %s\n", path, error->message);
          return 1;
        }
    }
  return status;
}

/* Adds a calendar's events to the plan, and saves it */
static int
run_import_ics (NvCliOptions *options,
                const char   *path)
{
  g_autoptr(NvPlan) plan = load_plan (path);
  g_autoptr(GFile) calendar_file = g_file_new_for_commandline_arg (options->import_ics);
  g_autoptr(GFile) plan_file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  NvIcalImportResult result;
  NvRecord *network = NULL;

  if (plan == NULL)
    return 1;

  if (options->network != NULL)
    {
      network = nv_plan_lookup (plan, options->network);
      if (!NV_IS_NETWORK (network))
        {
          g_printerr (_("%s: there is no network with the id “%s”\n"), path, options->network);
          return 1;
        }
    }

  if (!nv_ical_import_file (plan, NV_NETWORK (network), calendar_file, &result, &error))
    {
      g_printerr ("%s: %s\n", options->import_ics, error->message);
      return 1;
    }

  for (guint i = 0; i < result.skipped->len; i++)
    g_printerr ("%s: %s\n", options->import_ics, (char *) g_ptr_array_index (result.skipped, i));

  if (!nv_plan_save_to_file (plan, plan_file, NULL, &error))
    {
      g_printerr ("%s: %s\n", path, error->message);
      nv_ical_import_result_clear (&result);
      return 1;
    }

  /* Translators: "3 added, 1 updated, 0 skipped" */
  g_print (_("%u added, %u updated, %u skipped\n"), result.added, result.updated, result.skipped->len);
  nv_ical_import_result_clear (&result);
  return 0;
}

static int
run_export_text (NvCliOptions *options,
                 const char   *path)
{
  g_autoptr(NvPlan) plan = load_plan (path);
  g_autofree char *text = NULL;
  NvRecord *meeting;

  if (options->document != NULL && !g_str_equal (options->document, "agenda") &&
      !g_str_equal (options->document, "minutes"))
    {
      g_printerr (_("--document must be agenda or minutes with --export-text\n"));
      return 2;
    }

  if (plan == NULL)
    return 1;

  meeting = nv_plan_lookup (plan, options->meeting);
  if (!NV_IS_MEETING (meeting))
    {
      g_printerr (_("%s: there is no meeting with the id “%s”\n"), path, options->meeting);
      return 1;
    }

  if (g_strcmp0 (options->document, "minutes") == 0)
    text = nv_referat_to_text (plan, NV_MEETING (meeting));
  else
    text = nv_agenda_to_text (plan, NV_MEETING (meeting));
  return write_output (options->export_text, text);
}

/* A meeting or network named on the command line; %NULL without an id */
static gboolean
find_record (NvPlan      *plan,
             const char  *path,
             const char  *id,
             GType        type,
             NvRecord   **record)
{
  *record = NULL;
  if (id == NULL)
    return TRUE;

  *record = nv_plan_lookup (plan, id);
  if (*record != NULL && g_type_is_a (G_OBJECT_TYPE (*record), type))
    return TRUE;

  if (type == NV_TYPE_MEETING)
    g_printerr (_("%s: there is no meeting with the id “%s”\n"), path, id);
  else
    g_printerr (_("%s: there is no network with the id “%s”\n"), path, id);
  return FALSE;
}

static int
run_export_pdf (NvCliOptions *options,
                const char   *path)
{
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(NvDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  NvRecord *meeting, *network;
  NvDocumentKind kind;
  double width, height;

  if (!nv_document_kind_from_string (options->document, &kind))
    {
      g_printerr (_("--document must be one of agenda, invitation, contacts, plan or minutes\n"));
      return 2;
    }

  plan = load_plan (path);
  if (plan == NULL ||
      !find_record (plan, path, options->meeting, NV_TYPE_MEETING, &meeting) ||
      !find_record (plan, path, options->network, NV_TYPE_NETWORK, &network))
    return 1;

  /* A meeting's own network, when only the meeting is named */
  if (network == NULL && meeting != NULL)
    network = nv_record_find_ancestor (meeting, NV_TYPE_NETWORK);

  if (kind == NV_DOCUMENT_AGENDA && options->large_print && meeting != NULL)
    document = nv_document_new_agenda (plan, NV_MEETING (meeting), TRUE);
  else
    document = nv_document_new_of_kind (kind, plan, NV_MEETING (meeting), NV_NETWORK (network), &error);
  if (document == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }

  nv_paper_size_default (&width, &height);
  pdf = nv_document_to_pdf (document, width, height);

  if (g_str_equal (options->export_pdf, "-"))
    return fwrite (g_bytes_get_data (pdf, NULL), 1, g_bytes_get_size (pdf), stdout) == g_bytes_get_size (pdf) ? 0 : 1;

  file = g_file_new_for_commandline_arg (options->export_pdf);
  if (!nv_safe_file_replace (file, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

static int
run_check (const char *path)
{
  g_autoptr(NvPlan) plan = load_plan (path);
  g_autofree char *networks = NULL, *meetings = NULL, *people = NULL;
  guint n_networks, n_meetings, n_people;

  if (plan == NULL)
    return 1;

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
    { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, &options.export_ics,
      N_("Write meetings as an iCalendar file to OUT (all, or --network's, or --meeting)"), N_("OUT") },
    { "import-ics", 0, 0, G_OPTION_ARG_FILENAME, &options.import_ics,
      N_("Add the events of the iCalendar file IN to FILE’s network (or a new one) and save FILE"), N_("IN") },
    { "export-text", 0, 0, G_OPTION_ARG_FILENAME, &options.export_text,
      N_("Write a meeting’s agenda (or --document minutes) as plain text to OUT (“-” for standard output)"), N_("OUT") },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &options.export_pdf,
      N_("Write a document as PDF to OUT: the --document of a --meeting or --network"), N_("OUT") },
    { "document", 0, 0, G_OPTION_ARG_STRING, &options.document,
      N_("The document for --export-pdf: agenda, invitation, contacts, plan or minutes"), N_("KIND") },
    { "large-print", 0, 0, G_OPTION_ARG_NONE, &options.large_print,
      N_("An agenda as a poster: large type on one page"), NULL },
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &options.meeting,
      N_("The meeting to export"), N_("ID") },
    { "network", 0, 0, G_OPTION_ARG_STRING, &options.network,
      N_("The network to export"), N_("ID") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE…]") },
    { NULL }
  };
  gboolean wants_command = FALSE;
  int status;

  /* Only look: the GUI parses the same arguments if no command is given */
  for (int i = 1; i < argc; i++)
    for (guint j = 0; command_options[j] != NULL; j++)
      if (g_str_equal (argv[i], command_options[j]) ||
          (g_str_has_prefix (argv[i], command_options[j]) && argv[i][strlen (command_options[j])] == '='))
        wants_command = TRUE;
  if (!wants_command)
    return FALSE;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Without a command, opens each plan FILE in a window of its own."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  args = g_strdupv (argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_printerr ("%s\n", error->message);
      *exit_status = 2;
      return TRUE;
    }

  if (files == NULL || g_strv_length (files) != 1 ||
      (options.export_text != NULL && options.meeting == NULL) ||
      (options.export_pdf != NULL && options.document == NULL) ||
      (options.check + (options.export_text != NULL) + (options.export_ics != NULL) +
       (options.import_ics != NULL) + (options.export_pdf != NULL)) != 1)
    {
      g_printerr (_("Usage: %s --check FILE\n"
                    "       %s --export-text OUT [--document agenda|minutes] --meeting ID FILE\n"
                    "       %s --export-ics OUT.ics [--meeting ID] [--network ID] FILE\n"
                    "       %s --import-ics IN.ics [--network ID] FILE\n"
                    "       %s --export-pdf OUT.pdf --document agenda|invitation|contacts|plan|minutes "
                    "[--meeting ID] [--network ID] [--large-print] FILE\n"),
                  g_get_prgname (), g_get_prgname (), g_get_prgname (), g_get_prgname (), g_get_prgname ());
      status = 2;
    }
  else if (options.export_ics != NULL)
    status = run_export_ics (&options, files[0]);
  else if (options.import_ics != NULL)
    status = run_import_ics (&options, files[0]);
  else if (options.export_text != NULL)
    status = run_export_text (&options, files[0]);
  else if (options.export_pdf != NULL)
    status = run_export_pdf (&options, files[0]);
  else
    status = run_check (files[0]);

  g_free (options.export_ics);
  g_free (options.import_ics);
  g_free (options.export_text);
  g_free (options.export_pdf);
  g_free (options.document);
  g_free (options.meeting);
  g_free (options.network);
  *exit_status = status;
  return TRUE;
}
