/* nv-resave.c: load plan files and save them again, in the canonical
 * layout; for keeping the sample plans and fixtures canonical when the
 * format's defaults change. Not installed.
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-plan-file.h"

int
main (int   argc,
      char *argv[])
{
  int status = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(NvPlan) plan = nv_plan_load_from_file (file, NULL, &error);

      if (plan == NULL || !nv_plan_save_to_file (plan, file, NULL, &error))
        {
          g_printerr ("%s: %s\n", argv[i], error->message);
          status = 1;
        }
    }

  return status;
}
