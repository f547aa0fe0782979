/* fuzz-ical.c: any bytes as a calendar to import
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-history.h"
#include "nv-ical-import.h"
#include "nv-plan-file.h"

/* An import either refuses the file and changes nothing, or leaves a
 * plan that saves and loads again; undone, it is as before. */
int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(NvPlan) reloaded = NULL;
  NvIcalImportResult result;

  if (!nv_ical_import (plan, NULL, (const char *) data, size, &result, &error))
    {
      g_assert (error != NULL);
      g_assert (g_list_model_get_n_items (nv_plan_get_networks (plan)) == 0);
      return 0;
    }

  saved = nv_plan_to_bytes (plan);
  reloaded = nv_plan_load_from_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), &error);
  g_assert (reloaded != NULL);
  nv_ical_import_result_clear (&result);

  g_assert (nv_history_undo (nv_plan_get_history (plan)));
  g_assert (g_list_model_get_n_items (nv_plan_get_networks (plan)) == 0);
  return 0;
}
