/* plan-io.c: the time Netværk takes to load a plan file and to save it,
 * measured inside one process, for bench/run.sh to set beside Python's
 * json.load and json.dump of the same file.
 *
 *   bench-plan-io PLAN OUT      prints "load SECONDS" and "save SECONDS"
 *
 * Loading is nv_plan_load_from_file(): reading, checking and parsing the
 * JSON and building the model. Saving is nv_plan_save_to_file(): writing
 * the JSON and replacing OUT safely (a temporary file, flushed to disk,
 * renamed over OUT).
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "nv-plan-file.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start, loaded, saved;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      g_printerr ("Usage: %s PLAN OUT\n", argv[0]);
      return 2;
    }

  input = g_file_new_for_commandline_arg (argv[1]);
  output = g_file_new_for_commandline_arg (argv[2]);

  start = g_get_monotonic_time ();
  plan = nv_plan_load_from_file (input, NULL, &error);
  loaded = g_get_monotonic_time ();
  if (plan == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  if (!nv_plan_save_to_file (plan, output, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[2], error->message);
      return 1;
    }
  saved = g_get_monotonic_time ();

  g_print ("load %.3f\nsave %.3f\n", (loaded - start) / 1e6, (saved - loaded) / 1e6);
  return 0;
}
